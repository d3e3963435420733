//! Reminders: schedules across DST and zones, the runner's planner, parsing, and the settings file that holds them.

mod dst;
mod input;
mod plan;
mod props;
mod schedule;
mod settings;
mod support;
