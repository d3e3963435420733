//! What needs no open journal: the vocabulary, the prompt of the day, the date locale, settings, and the activity
//! ping.

use attune_journal::locale;
use attune_journal::model::{self, DateOrder};
use attune_journal::reminders;
use attune_journal::settings::{self, AppSettings, Settings};
use attune_journal::vocab::{self, FeelingsNear, Prompt};
use attune_journal::ErrorKind;
use chrono::{Local, NaiveDate, NaiveTime};
use tauri::{Manager, Runtime};

use super::Ctx;
use crate::error::{AppError, AppResult};
use crate::ipc::Vocabulary;
use crate::session::AppState;

/// The feelings vocabulary and the prompt deck.
pub fn vocabulary(_: &AppState) -> AppResult<Vocabulary> {
    Ok(vocab::vocabulary())
}

/// Vocabulary words for a point on the Mood Meter, nearest first (the journal's rule).
pub fn feelings_near(_: &AppState, pleasantness: i8, energy: i8) -> AppResult<FeelingsNear> {
    Ok(vocab::feelings_near(pleasantness, energy))
}

/// Reads times of day as a person typed them ("20:30", "8pm", "8am, 8pm"): the journal's one reading of times.
pub fn read_times(_: &AppState, text: String) -> AppResult<Vec<NaiveTime>> {
    Ok(reminders::parse_times(&text)?)
}

/// Reads a date as a person typed it, in `order` (the locale's, as the UI's `Intl` says): the journal's one reading
/// of typed dates, with today's local date for "today" and a missing year.
pub fn read_date(_: &AppState, text: String, order: DateOrder) -> AppResult<NaiveDate> {
    Ok(model::parse_date(&text, order, Local::now().date_naive())?)
}

/// The locale dates and times are shown in: the system's (the journal's reading of it), or one whose formats are
/// Attune's own form when the system names none.
pub fn date_locale(_: &AppState) -> AppResult<String> {
    Ok(locale::date_locale().unwrap_or_else(|| locale::OWN_FORM.to_string()))
}

/// Today's prompt: the same all day.
pub fn prompt_of_the_day(_: &AppState) -> AppResult<Prompt> {
    Ok(vocab::prompt_for_day(Local::now().date_naive()).clone())
}

/// The app's preferences (defaults when there is no settings file yet).
pub fn get_settings(state: &AppState) -> AppResult<AppSettings> {
    Ok(Settings::load(state.settings_path()?)?.app)
}

/// Saves the app's preferences and applies the auto-lock time and starting at login at once.
pub fn set_settings<R: Runtime>(Ctx { app, state }: Ctx<'_, R>, settings: AppSettings) -> AppResult<AppSettings> {
    // The journal's own range checks, before anything is written.
    settings.validate()?;
    // Under the settings file's lock, so a reminder the CLI adds at the same moment is not lost.
    let kept = Settings::update(state.settings_path()?, |file| {
        file.app = settings;
        Ok(file.app.clone())
    })?;
    state.set_auto_lock_minutes(kept.auto_lock_minutes);
    crate::autostart::apply(app, kept.start_at_login)?;
    Ok(kept)
}

/// Zooms the main window's page with WebKit's own page zoom (text, layout and images together, as a browser's Ctrl+=
/// does), kept within the journal's range ([`settings::zoom_within`]), and keeps it in the settings file so the next
/// start opens at the same size; answers the zoom applied.
pub fn set_zoom<R: Runtime>(Ctx { app, state }: Ctx<'_, R>, factor: f64) -> AppResult<f64> {
    let factor = settings::zoom_within(factor);
    apply_zoom(app, factor)?;
    // Zooming works even when the zoom can't be kept (a damaged settings file, which the settings screen reports).
    if let Ok(path) = state.settings_path() {
        let _ = Settings::update(path, |s| {
            s.zoom = factor;
            Ok(())
        });
    }
    Ok(factor)
}

/// The zoom kept in the settings file (1 when there is none, or the file can't be read).
pub fn zoom(state: &AppState) -> AppResult<f64> {
    Ok(state.settings_path().ok().and_then(|p| Settings::load(p).ok()).map_or(1.0, |s| s.zoom))
}

/// Sets the main window's page zoom to `factor` (already within range): as the app starts, with the zoom kept.
pub fn apply_zoom<R: Runtime>(app: &tauri::AppHandle<R>, factor: f64) -> AppResult<()> {
    if let Some(window) = app.get_webview_window(crate::window::MAIN) {
        window
            .set_zoom(factor)
            .map_err(|e| AppError::new(ErrorKind::Internal, format!("couldn't zoom the page: {e}")))?;
    }
    Ok(())
}

/// The user did something: restart the auto-lock countdown.
pub fn activity(state: &AppState) -> AppResult<()> {
    state.touch();
    Ok(())
}
