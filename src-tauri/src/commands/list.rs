// The app's IPC surface, written once. Each line is one command the UI can call:
//
//     /// What it does (becomes the doc comment of the generated TypeScript function).
//     name(argument: RustType, ...) -> AnswerType = module::function;
//
// From this list `ipc_commands!` (commands/mod.rs) makes the `#[tauri::command]` wrappers and the invoke handler,
// `COMMANDS` (build.rs turns it into the `allow-<name>` permissions and the main window's capability), and the typed
// calls in ui/src/bindings/commands.ts (written by the `export_bindings` test). `function` takes its context first
// (`&AppState`, `&AppHandle<R>` or `Ctx<'_, R>`, whichever it needs), then the arguments in this order, and returns
// `AppResult<AnswerType>`; the compiler checks that it matches this line. Arguments are sent in camelCase.
//
// This file is `include!`d by build.rs too, so it holds nothing but the one macro call.

ipc_commands! {
    // The journal itself.
    /// Whether there is a journal, and whether it is open.
    vault_status() -> VaultStatus = vault::vault_status;
    /// Creates the journal (first run) and leaves it open; answers the recovery key, shown once.
    create_vault(passphrase: String) -> CreatedVault = vault::create_vault;
    /// Unlocks with the passphrase or the recovery key.
    unlock(secret: SecretInput) -> () = vault::unlock;
    /// Locks now.
    lock() -> () = vault::lock;
    /// Changes the passphrase after re-checking the current one.
    change_passphrase(current: String, new_passphrase: String) -> () = vault::change_passphrase;
    /// Sets a new passphrase with the recovery key, leaving the journal open.
    recover(recovery_key: String, new_passphrase: String) -> () = vault::recover;
    /// Makes a new recovery key after re-checking the passphrase (the old one stops working); answers it, shown once.
    new_recovery_key(passphrase: String) -> CreatedVault = vault::new_recovery_key;

    // Entries.
    /// Saves a new entry (about now, unless `entry.at` chooses an earlier time).
    add_entry(entry: NewEntry) -> Entry = entries::add_entry;
    /// One entry.
    get_entry(id: String) -> Entry = entries::get_entry;
    /// Replaces an entry's content, keeping its time unless `entry.at` chooses another.
    update_entry(id: String, entry: NewEntry) -> Entry = entries::update_entry;
    /// Deletes an entry and answers it, so it can be restored (undo).
    delete_entry(id: String) -> Entry = entries::delete_entry;
    /// Puts a deleted entry back as it was.
    restore_entry(entry: Entry) -> () = entries::restore_entry;
    /// A page of the timeline, newest first.
    timeline(query: TimelineQuery) -> Page = entries::timeline;
    /// Full-text search: one page of hits, and how many match in all.
    search(query: SearchQuery) -> SearchResults = entries::search;
    /// Entries written on this day in earlier years.
    on_this_day() -> Vec<Entry> = entries::on_this_day;
    /// The months that have entries, newest first, with how many each holds (to jump to a date).
    months() -> Vec<MonthCount> = entries::months;

    // Looking back.
    /// What the entries of a range (and one person) show read together.
    insights(query: InsightsQuery) -> Insights = insights::insights;
    /// Today's one follow-through nudge, if any.
    nudge() -> Option<Nudge> = insights::nudge;
    /// The conflict reflections Today offers to come back to (still open, from two days to two months ago).
    conflicts_due() -> Vec<OpenConflict> = insights::conflicts_due;
    /// "Not now": puts off the nudge about an entry for a while.
    snooze_nudge(id: String) -> () = insights::snooze_nudge;
    /// "I told them": marks an appreciation as told.
    mark_told(id: String) -> Entry = insights::mark_told;
    /// Coming back to a conflict reflection: what happened since, and where it stands now.
    follow_up_conflict(id: String, since: String, status: ConflictStatus) -> Entry = insights::follow_up_conflict;
    /// The promises coming due (or just past their day), not kept or changed yet.
    promises_due() -> Vec<DuePromise> = insights::promises_due;
    /// Says how a promise went: kept, changed or not yet, with a line on how it went.
    settle_promise(id: String, outcome: PromiseOutcome, how_it_went: String) -> Entry = insights::settle_promise;
    /// For the weekly look back: every conflict still open or being repaired, the week's own and older ones.
    still_open() -> StillOpen = insights::still_open;

    // People.
    /// Everyone entries can be about.
    people() -> Vec<Person> = people::people;
    /// Adds someone.
    add_person(input: PersonInput) -> Person = people::add_person;
    /// Changes someone's name, relationship or love language.
    update_person(id: String, input: PersonInput) -> Person = people::update_person;
    /// Removes someone no entry is about.
    remove_person(id: String) -> () = people::remove_person;
    /// A person's page: counts, what is still open between you, the newest appreciations and shared moments, and
    /// on this day (their entries themselves come from `timeline` filtered to them).
    person_page(id: String) -> PersonPage = people::person_page;

    // The built-in vocabulary.
    /// Feeling words, prompt themes and the prompt deck.
    vocabulary() -> Vocabulary = prefs::vocabulary;
    /// Feeling words for a point on the Mood Meter: the dozen nearest first, then the rest.
    feelings_near(pleasantness: i8, energy: i8) -> FeelingsNear = prefs::feelings_near;
    /// The locale dates and times are shown in (a BCP 47 tag such as "en-GB"): the system's.
    date_locale() -> String = prefs::date_locale;
    /// Today's prompt from the deck.
    prompt_of_the_day() -> Prompt = prefs::prompt_of_the_day;

    // Drafts (kept in the encrypted journal).
    /// Keeps what is typed so far under `key`.
    save_draft(key: String, body: String) -> () = entries::save_draft;
    /// Every draft waiting, most recently saved first (keys and times only).
    list_drafts() -> Vec<DraftInfo> = entries::list_drafts;
    /// The draft under `key`, if any.
    get_draft(key: String) -> Option<String> = entries::get_draft;
    /// Throws the draft under `key` away.
    discard_draft(key: String) -> () = entries::discard_draft;

    // Taking it out, and deleting it.
    /// Writes a copy of the journal after re-checking the passphrase; answers where, or nothing if the person cancelled.
    export_journal(passphrase: String, format: ExportFormat) -> Option<String> = export::export_journal;
    /// Deletes the whole journal after re-checking the passphrase.
    delete_all(passphrase: String) -> () = vault::delete_all;

    // Backups (encrypted copies beside the vault, or in the folder the settings name).
    /// This journal's backups, newest first, with their entry counts, and the folder they are in.
    list_backups() -> BackupList = backups::list_backups;
    /// Makes a backup now.
    back_up_now() -> BackupRow = backups::back_up_now;
    /// Restores a backup into a new folder the person chooses and switches to it; answers the folder, or nothing.
    restore_backup(id: String) -> Option<String> = backups::restore_backup;
    /// Opens the backup folder in the file manager.
    open_backup_folder() -> () = backups::open_backup_folder;
    /// Asks for another backup folder and uses it from now on; answers it, or nothing if the person cancelled.
    choose_backup_folder() -> Option<String> = backups::choose_backup_folder;
    /// Goes back to the default backup folder, beside the journal.
    use_default_backup_folder() -> () = backups::use_default_backup_folder;
    /// Changes how many daily, weekly and monthly backups are kept.
    set_backup_keep(keep: Keep) -> () = backups::set_backup_keep;

    // Imports from other journals.
    /// The formats Attune imports, with the names people know them by.
    import_formats() -> Vec<ImportFormatChoice> = imports::import_formats;
    /// Asks for a file of that format, reads it, and answers the dry run; nothing if the person cancelled.
    choose_import_file(format: ImportFormat) -> Option<ImportPreview> = imports::choose_import_file;
    /// The dry run again with another Daylio mood mapping.
    replan_import(moods: BTreeMap<String, i8>) -> ImportPreview = imports::replan_import;
    /// Imports the chosen file (a backup first, one transaction, `import-progress` events).
    run_import() -> ImportOutcome = imports::run_import;
    /// Stops a running import; it rolls back.
    cancel_import() -> () = imports::cancel_import;

    // The app's settings (outside the journal).
    /// The app's settings.
    get_settings() -> AppSettings = prefs::get_settings;
    /// Saves the app's settings and answers them as kept.
    set_settings(settings: AppSettings) -> AppSettings = prefs::set_settings;
    /// The person did something: the auto-lock clock starts again.
    activity() -> () = prefs::activity;
    /// Zooms the window's page, WebKit's own zoom (Ctrl+= / Ctrl+- / Ctrl+0), and keeps it for the next start;
    /// answers the zoom applied.
    set_zoom(factor: f64) -> f64 = prefs::set_zoom;
    /// The zoom kept from last time, which the app applied as it started (1 when none was kept).
    zoom() -> f64 = prefs::zoom;

    // Reminders (kept in the settings file, so they work while the journal is locked).
    /// Reads times of day as typed ("20:30", "8pm", "8am, 8pm"): sorted, for the reminder time fields.
    read_times(text: String) -> Vec<NaiveTime> = prefs::read_times;
    /// Reads a date as typed in the locale's order ("31/12/2026", "12/31/2026", "31 Dec"): the date fields.
    read_date(text: String, order: DateOrder) -> NaiveDate = prefs::read_date;
    /// Every reminder.
    list_reminders() -> Vec<Reminder> = reminders::list_reminders;
    /// Adds a reminder.
    add_reminder(reminder: ReminderInput) -> Reminder = reminders::add_reminder;
    /// Changes a reminder.
    update_reminder(id: String, reminder: ReminderInput) -> Reminder = reminders::update_reminder;
    /// Removes a reminder and answers it.
    remove_reminder(id: String) -> Reminder = reminders::remove_reminder;
    /// When each reminder next shows, soonest first.
    next_reminders() -> Vec<NextReminder> = reminders::next_reminders;
    /// Snoozes a reminder; answers when it shows again.
    snooze_reminder(id: String, snooze: Snooze) -> DateTime<Utc> = reminders::snooze_reminder;
    /// Shows a sample notification.
    send_test_notification() -> () = reminders::send_test_notification;

    // What follows an entry, and the brief for a therapist.
    /// What to show after saving an entry: next steps for a check-in, and the care line when called for.
    after_save(id: String) -> AfterSave = practices::after_save;
    /// "I'll try this": keeps a next step with a check-in.
    choose_next_step(id: String, strategy_id: String) -> Entry = practices::choose_next_step;
    /// The step chosen at the latest check-in, if any, for the next check-in to ask about.
    pending_step() -> Option<PendingStep> = practices::pending_step;
    /// The brief as it would be written, for the preview.
    brief_preview(request: BriefRequest) -> Brief = practices::brief_preview;
    /// Writes the brief where the person chooses; answers the path, or nothing if they cancelled.
    write_brief(request: BriefRequest, format: BriefFormat) -> Option<String> = practices::write_brief;
}
