<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgreementForm</name>
    <message>
        <source>Edit agreement #{id}</source>
        <translation>Edit agreement #{id}</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>&amp;Reference number:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Signing &amp;unit:</source>
        <translation>Signing &amp;unit:</translation>
    </message>
    <message>
        <source>&amp;Our signatory:</source>
        <translation>&amp;Our signatory:</translation>
    </message>
    <message>
        <source>Partner&apos;s si&amp;gnatory:</source>
        <translation>Partner&apos;s si&amp;gnatory:</translation>
    </message>
    <message>
        <source>Signed o&amp;n:</source>
        <translation>Signed o&amp;n:</translation>
    </message>
    <message>
        <source>Signed &amp;at:</source>
        <translation>Signed &amp;at:</translation>
    </message>
    <message>
        <source>the meeting being logged</source>
        <translation>the meeting being logged</translation>
    </message>
    <message>
        <source>Signed at &amp;meeting:</source>
        <translation>Signed at &amp;meeting:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>E&amp;xpires on:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Fields of &amp;cooperation:</source>
        <translation>Fields of &amp;cooperation:</translation>
    </message>
    <message>
        <source>Summar&amp;y:</source>
        <translation>Summar&amp;y:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Attached files</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Choose at least one partner.</translation>
    </message>
    <message>
        <source>The expiry date is before the effective date.</source>
        <translation>The expiry date is before the effective date.</translation>
    </message>
</context>
<context>
    <name>AgreementsModel</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Signing unit</source>
        <translation>Signing unit</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Fields of cooperation</translation>
    </message>
</context>
<context>
    <name>AttachedFiles</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Files attached to this agreement</source>
        <translation>Files attached to this agreement</translation>
    </message>
    <message>
        <source>Attac&amp;h file…</source>
        <translation>Attac&amp;h file…</translation>
    </message>
    <message>
        <source>Choose one or more files; their SHA-256 is recorded as they are now.</source>
        <translation>Choose one or more files; their SHA-256 is recorded as they are now.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Take the selected files off this agreement (the files themselves stay where they are).</source>
        <translation>Take the selected files off this agreement (the files themselves stay where they are).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected file (or double-click it)</source>
        <translation>Open the selected file (or double-click it)</translation>
    </message>
    <message>
        <source>Some files are missing or are no longer the version that was attached. Their recorded SHA-256 is kept: it shows which signed version was filed.</source>
        <translation>Some files are missing or are no longer the version that was attached. Their recorded SHA-256 is kept: it shows which signed version was filed.</translation>
    </message>
    <message>
        <source>Attach files to the agreement</source>
        <translation>Attach files to the agreement</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Open the attached file?</source>
        <translation>Open the attached file?</translation>
    </message>
    <message>
        <source>Open “{name}” anyway?</source>
        <translation>Open “{name}” anyway?</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The SHA-256 of “{name}” is still being computed; save again when it is done.</source>
        <translation>The SHA-256 of “{name}” is still being computed; save again when it is done.</translation>
    </message>
    <message>
        <source>Already attached, not added again: {names}. To file a new version of a file, remove it first, then attach it again.</source>
        <translation>Already attached, not added again: {names}. To file a new version of a file, remove it first, then attach it again.</translation>
    </message>
    <message>
        <source>“{name}” is not opened: {path} is a link, not a file on this computer.</source>
        <translation>“{name}” is not opened: {path} is a link, not a file on this computer.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: its folder was not recorded. Attach the file again from its folder.</source>
        <translation>“{name}” cannot be opened: its folder was not recorded. Attach the file again from its folder.</translation>
    </message>
    <message>
        <source>It is not a regular file but {kind}.</source>
        <translation>It is not a regular file but {kind}.</translation>
    </message>
    <message>
        <source>It has changed since it was attached: its SHA-256 is now {current}; when it was attached it was {recorded}.</source>
        <translation>It has changed since it was attached: its SHA-256 is now {current}; when it was attached it was {recorded}.</translation>
    </message>
    <message>
        <source>It is a program or a script ({suffix}): opening it runs it.</source>
        <translation>It is a program or a script ({suffix}): opening it runs it.</translation>
    </message>
    <message>
        <source>It is marked as a program (executable): opening it may run it.</source>
        <translation>It is marked as a program (executable): opening it may run it.</translation>
    </message>
    <message>
        <source>It is on another computer ({host}): opening it connects to that computer.</source>
        <translation>It is on another computer ({host}): opening it connects to that computer.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: there is no file at {path}.</source>
        <translation>“{name}” cannot be opened: there is no file at {path}.</translation>
    </message>
    <message>
        <source>{path} is not a regular file but {kind}; it is not read, and opening it asks first.</source>
        <translation>{path} is not a regular file but {kind}; it is not read, and opening it asks first.</translation>
    </message>
    <message>
        <source>{path} is a link, not a file on this computer; it is never opened.</source>
        <translation>{path} is a link, not a file on this computer; it is never opened.</translation>
    </message>
    <message>
        <source>{path} was recorded without its folder (by an older version), so it is not checked or opened. Attach the file again from its folder.</source>
        <translation>{path} was recorded without its folder (by an older version), so it is not checked or opened. Attach the file again from its folder.</translation>
    </message>
    <message>
        <source>No program could open “{name}”.</source>
        <translation>No program could open “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened: it cannot be read ({reason}).</source>
        <translation>“{name}” cannot be opened: it cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it is not a regular file but {kind}.</source>
        <translation>“{name}” was not attached: it is not a regular file but {kind}.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: there is no file at {path}.</source>
        <translation>“{name}” was not attached: there is no file at {path}.</translation>
    </message>
    <message>
        <source>“{name}” was not attached: it cannot be read ({reason}).</source>
        <translation>“{name}” was not attached: it cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>computing SHA-256… {percent}%</source>
        <translation>computing SHA-256… {percent}%</translation>
    </message>
    <message>
        <source>checking… {percent}%</source>
        <translation>checking… {percent}%</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>changed since it was attached</source>
        <translation>changed since it was attached</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>not a full path</source>
        <translation>not a full path</translation>
    </message>
    <message>
        <source>Attached in this form. Its SHA-256 was computed now and is recorded when you save.</source>
        <translation>Attached in this form. Its SHA-256 was computed now and is recorded when you save.</translation>
    </message>
    <message>
        <source>Same content as when it was attached (the SHA-256 matches).</source>
        <translation>Same content as when it was attached (the SHA-256 matches).</translation>
    </message>
    <message>
        <source>The file&apos;s SHA-256 is now {current}; when it was attached it was {recorded}. The file at this path is not the version that was filed.</source>
        <translation>The file&apos;s SHA-256 is now {current}; when it was attached it was {recorded}. The file at this path is not the version that was filed.</translation>
    </message>
    <message>
        <source>There is no file at {path}. It may have been moved, renamed or deleted, or its drive is not connected.</source>
        <translation>There is no file at {path}. It may have been moved, renamed or deleted, or its drive is not connected.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>{path} cannot be read: {reason}</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>There is no database at {path} to back up.</source>
        <translation>There is no database at {path} to back up.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>The database {path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The database {path} is damaged, so no backup was made (the existing backups are kept).</source>
        <translation>The database {path} is damaged, so no backup was made (the existing backups are kept).</translation>
    </message>
    <message>
        <source>There is no space left on the disk for {path}; nothing was changed.</source>
        <translation>There is no space left on the disk for {path}; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({reason}); nothing was changed.</source>
        <translation>Cannot write to {path} ({reason}); nothing was changed.</translation>
    </message>
    <message>
        <source>The file {path} is not a database or is damaged.</source>
        <translation>The file {path} is not a database or is damaged.</translation>
    </message>
    <message>
        <source>The backup {path} does not have the schema of its version ({rev}): {differences}.</source>
        <translation>The backup {path} does not have the schema of its version ({rev}): {differences}.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged.</source>
        <translation>The backup {path} is damaged.</translation>
    </message>
    <message>
        <source>The backup {path} has records pointing to missing records.</source>
        <translation>The backup {path} has records pointing to missing records.</translation>
    </message>
    <message>
        <source>The file {path} is not an hptracker database.</source>
        <translation>The file {path} is not an hptracker database.</translation>
    </message>
    <message>
        <source>The backup {path} was written by a newer version of hptracker (schema {rev}).</source>
        <translation>The backup {path} was written by a newer version of hptracker (schema {rev}).</translation>
    </message>
    <message>
        <source>The database {path} is still in use by another program; close it and try again. Nothing was changed.</source>
        <translation>The database {path} is still in use by another program; close it and try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is the database itself, not a backup.</source>
        <translation>{path} is the database itself, not a backup.</translation>
    </message>
    <message>
        <source>A server database is restored with `hptracker restore`, into an empty database; nothing was changed.</source>
        <translation>A server database is restored with `hptracker restore`, into an empty database; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BackupUi</name>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Kept before a restore</translation>
    </message>
    <message>
        <source>Kept before an upgrade</source>
        <translation>Kept before an upgrade</translation>
    </message>
    <message>
        <source>Copy of a damaged database</source>
        <translation>Copy of a damaged database</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Replace the current database with the backup of {moment}? The current database is kept as a dated copy in the backups folder.</source>
        <translation>Replace the current database with the backup of {moment}? The current database is kept as a dated copy in the backups folder.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Backup saved and checked: {path} ({size}).</source>
        <translation>Backup saved and checked: {path} ({size}).</translation>
    </message>
    <message>
        <source>A server database is restored with `hptracker restore` into an empty database, and checked by its server; “Back up now” makes a checked copy of it on this computer.</source>
        <translation>A server database is restored with `hptracker restore` into an empty database, and checked by its server; “Back up now” makes a checked copy of it on this computer.</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>There are no backups of this database yet.</translation>
    </message>
    <message>
        <source>The database was restored from the backup of {moment}.</source>
        <translation>The database was restored from the backup of {moment}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {path}.</source>
        <translation>The previous database was kept as {path}.</translation>
    </message>
    <message>
        <source>Restoring the backup of {moment}…</source>
        <translation>Restoring the backup of {moment}…</translation>
    </message>
    <message>
        <source>Records: {partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups.</source>
        <translation>Records: {partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups.</translation>
    </message>
    <message>
        <source>The newest good backup is from {moment}; use “Restore from backup…” to put it back.</source>
        <translation>The newest good backup is from {moment}; use “Restore from backup…” to put it back.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Checking the database…</translation>
    </message>
</context>
<context>
    <name>Brief</name>
    <message>
        <source>Meeting #{id} has been deleted.</source>
        <translation>Meeting #{id} has been deleted.</translation>
    </message>
    <message>
        <source>Meeting #{id} does not involve {partner}.</source>
        <translation>Meeting #{id} does not involve {partner}.</translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <source>No meeting with this partner is recorded.</source>
        <translation>No meeting with this partner is recorded.</translation>
    </message>
    <message>
        <source>No meeting is planned; these are the details of the latest one.</source>
        <translation>No meeting is planned; these are the details of the latest one.</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>Our delegation</translation>
    </message>
    <message>
        <source>Partner delegation</source>
        <translation>Partner delegation</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Partner profile</source>
        <translation>Partner profile</translation>
    </message>
    <message>
        <source>since {year}</source>
        <translation>since {year}</translation>
    </message>
    <message>
        <source>Vietnamese name</source>
        <translation>Vietnamese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>History of relations</source>
        <translation>History of relations</translation>
    </message>
    <message>
        <source>No earlier meetings are recorded.</source>
        <translation>No earlier meetings are recorded.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>Expired on {date}</translation>
    </message>
    <message>
        <source>Expires on {date} (in {days} days)</source>
        <translation>Expires on {date} (in {days} days)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>No agreements are recorded.</source>
        <translation>No agreements are recorded.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>effective</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Overdue by {days} days</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Latest note</source>
        <translation>Latest note</translation>
    </message>
    <message>
        <source>Outstanding follow-ups</source>
        <translation>Outstanding follow-ups</translation>
    </message>
    <message>
        <source>Our requests to them</source>
        <translation>Our requests to them</translation>
    </message>
    <message>
        <source>Their requests to us</source>
        <translation>Their requests to us</translation>
    </message>
    <message>
        <source>Joint commitments</source>
        <translation>Joint commitments</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Nothing outstanding.</translation>
    </message>
    <message>
        <source>Completed in the last 12 months</source>
        <translation>Completed in the last 12 months</translation>
    </message>
    <message>
        <source>Nothing was completed in the last 12 months.</source>
        <translation>Nothing was completed in the last 12 months.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Facts and figures</source>
        <translation>Facts and figures</translation>
    </message>
    <message>
        <source>No facts are recorded.</source>
        <translation>No facts are recorded.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>… and {n} more (see the tables above).</source>
        <translation>… and {n} more (see the tables above).</translation>
    </message>
    <message>
        <source>Overdue: {title} (due {due}, {days} days late)</source>
        <translation>Overdue: {title} (due {due}, {days} days late)</translation>
    </message>
    <message>
        <source>Awaiting the partner: {title} (since {date})</source>
        <translation>Awaiting the partner: {title} (since {date})</translation>
    </message>
    <message>
        <source>Awaiting the partner: {title}</source>
        <translation>Awaiting the partner: {title}</translation>
    </message>
    <message>
        <source>Agreement expiring: {title} (on {date}, in {days} days)</source>
        <translation>Agreement expiring: {title} (on {date}, in {days} days)</translation>
    </message>
    <message>
        <source>Suggested talking points</source>
        <translation>Suggested talking points</translation>
    </message>
    <message>
        <source>Nothing overdue, awaiting the partner or expiring soon.</source>
        <translation>Nothing overdue, awaiting the partner or expiring soon.</translation>
    </message>
    <message>
        <source>Officer notes</source>
        <translation>Officer notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
    <message>
        <source>MEETING BRIEF</source>
        <translation>MEETING BRIEF</translation>
    </message>
    <message>
        <source>For: {title}, {date}</source>
        <translation>For: {title}, {date}</translation>
    </message>
    <message>
        <source>Prepared on {date} by {officer}</source>
        <translation>Prepared on {date} by {officer}</translation>
    </message>
    <message>
        <source>Meeting brief</source>
        <translation>Meeting brief</translation>
    </message>
</context>
<context>
    <name>BriefPreviewDialog</name>
    <message>
        <source>Brief: {partner}</source>
        <translation>Brief: {partner}</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save the brief as a PDF file</source>
        <translation>Save the brief as a PDF file</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>Saved {pages} pages to {path}.</source>
        <translation>Saved {pages} pages to {path}.</translation>
    </message>
</context>
<context>
    <name>BriefUi</name>
    <message>
        <source>Brief - {partner} - {date}</source>
        <translation>Brief - {partner} - {date}</translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation>Characters that cannot be printed</translation>
    </message>
    <message>
        <source>Open the preview anyway?</source>
        <translation>Open the preview anyway?</translation>
    </message>
    <message>
        <source>Save brief as PDF</source>
        <translation>Save brief as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Preparing the brief on {partner}…</source>
        <translation>Preparing the brief on {partner}…</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>Progress added</source>
        <translation>Progress added</translation>
    </message>
    <message>
        <source>Due date moved</source>
        <translation>Due date moved</translation>
    </message>
    <message>
        <source>The date {date} is in the future; changes can be marked since a day up to today, {today}.</source>
        <translation>The date {date} is in the future; changes can be marked since a day up to today, {today}.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>The database file is damaged: SQLite&apos;s integrity check found {n} problem(s), for example: {first}.</source>
        <translation>The database file is damaged: SQLite&apos;s integrity check found {n} problem(s), for example: {first}.</translation>
    </message>
    <message>
        <source>{n} record(s) point to records that no longer exist, for example row {rowid} of {table} points to a missing row of {parent}.</source>
        <translation>{n} record(s) point to records that no longer exist, for example row {rowid} of {table} points to a missing row of {parent}.</translation>
    </message>
    <message>
        <source>The database has no hptracker schema (it is empty or not an hptracker database).</source>
        <translation>The database has no hptracker schema (it is empty or not an hptracker database).</translation>
    </message>
    <message>
        <source>The database was written by a newer version of hptracker (schema {rev}).</source>
        <translation>The database was written by a newer version of hptracker (schema {rev}).</translation>
    </message>
    <message>
        <source>The database uses an older schema ({rev}); it will be upgraded (after a backup) when it is next opened for writing.</source>
        <translation>The database uses an older schema ({rev}); it will be upgraded (after a backup) when it is next opened for writing.</translation>
    </message>
    <message>
        <source>The database&apos;s schema differs from that of its version ({rev}): {differences}. Something other than hptracker changed it.</source>
        <translation>The database&apos;s schema differs from that of its version ({rev}): {differences}. Something other than hptracker changed it.</translation>
    </message>
    <message>
        <source>No problems found: the database file is sound and every record points only to records that exist.</source>
        <translation>No problems found: the database file is sound and every record points only to records that exist.</translation>
    </message>
</context>
<context>
    <name>ChildWork</name>
    <message>
        <source>The work stopped unexpectedly: its process ended with code {code}.</source>
        <translation>The work stopped unexpectedly: its process ended with code {code}.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Partners, meetings, agreements and follow-ups of a city&apos;s foreign affairs. Without a command, opens the window.</source>
        <translation>Partners, meetings, agreements and follow-ups of a city&apos;s foreign affairs. Without a command, opens the window.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $HPTRACKER_DB or the per-user data folder)</source>
        <translation>database file or SQLAlchemy URL (default: $HPTRACKER_DB or the per-user data folder)</translation>
    </message>
    <message>
        <source>language of messages, exports and briefs (default: vi)</source>
        <translation>language of messages, exports and briefs (default: vi)</translation>
    </message>
    <message>
        <source>officer recorded in the audit (default: $HPTRACKER_OFFICER or the login name)</source>
        <translation>officer recorded in the audit (default: $HPTRACKER_OFFICER or the login name)</translation>
    </message>
    <message>
        <source>--db needs a database file or URL; it is empty.</source>
        <translation>--db needs a database file or URL; it is empty.</translation>
    </message>
    <message>
        <source>There is no backup to compare it with.</source>
        <translation>There is no backup to compare it with.</translation>
    </message>
    <message>
        <source>Compare it with the newest backup, {file} ({date} {time}: {counts}).</source>
        <translation>Compare it with the newest backup, {file} ({date} {time}: {counts}).</translation>
    </message>
    <message>
        <source>No good backup of it was found.</source>
        <translation>No good backup of it was found.</translation>
    </message>
    <message>
        <source>The newest good backup is {file} ({date} {time}); to put it back, run: hptracker --db &quot;{db}&quot; restore &quot;{file}&quot;</source>
        <translation>The newest good backup is {file} ({date} {time}); to put it back, run: hptracker --db &quot;{db}&quot; restore &quot;{file}&quot;</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>back up the database now (checked copy)</source>
        <translation>back up the database now (checked copy)</translation>
    </message>
    <message>
        <source>folder for the backup (default: the backups folder next to the database)</source>
        <translation>folder for the backup (default: the backups folder next to the database)</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>replace the database with a backup (the current one is kept)</translation>
    </message>
    <message>
        <source>the backup file to restore</source>
        <translation>the backup file to restore</translation>
    </message>
    <message>
        <source>check the database for damage (exit 1 when something is wrong)</source>
        <translation>check the database for damage (exit 1 when something is wrong)</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
    <message>
        <source>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</source>
        <translation>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>Backup written and checked: {path} ({size}; {counts}).</source>
        <translation>Backup written and checked: {path} ({size}; {counts}).</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} is not a database file.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>There is no backup file {path}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}: {counts}.</source>
        <translation>Database {db} restored from {file}: {counts}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}; the previous database was kept as {kept}.</source>
        <translation>Database {db} restored from {file}; the previous database was kept as {kept}.</translation>
    </message>
    <message>
        <source>Database {db} restored from {file}.</source>
        <translation>Database {db} restored from {file}.</translation>
    </message>
    <message>
        <source>`check` examines a database file; a server database is checked by its server (back it up with `hptracker backup`, then check the backup file).</source>
        <translation>`check` examines a database file; a server database is checked by its server (back it up with `hptracker backup`, then check the backup file).</translation>
    </message>
    <message>
        <source>Records: {counts}.</source>
        <translation>Records: {counts}.</translation>
    </message>
    <message>
        <source>write the meeting brief on a partner as a PDF</source>
        <translation>write the meeting brief on a partner as a PDF</translation>
    </message>
    <message>
        <source>Write the meeting brief on a partner (SPEC §4) as an A4 PDF. Characters no installed font can draw are listed on stderr; the PDF is written all the same.</source>
        <translation>Write the meeting brief on a partner (SPEC §4) as an A4 PDF. Characters no installed font can draw are listed on stderr; the PDF is written all the same.</translation>
    </message>
    <message>
        <source>partner ID or any of its names or aliases</source>
        <translation>partner ID or any of its names or aliases</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>the planned meeting to prepare (default: the next, else the latest)</source>
        <translation>the planned meeting to prepare (default: the next, else the latest)</translation>
    </message>
    <message>
        <source>your own notes, printed under the talking points</source>
        <translation>your own notes, printed under the talking points</translation>
    </message>
    <message>
        <source>Brief on {partner} written to {path} ({pages} pages).</source>
        <translation>Brief on {partner} written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>add the demo records (twice changes nothing)</source>
        <translation>add the demo records (twice changes nothing)</translation>
    </message>
    <message>
        <source>Demo records added: {n}.</source>
        <translation>Demo records added: {n}.</translation>
    </message>
    <message>
        <source>The demo records are already there; nothing changed.</source>
        <translation>The demo records are already there; nothing changed.</translation>
    </message>
    <message>
        <source>list records (--json for scripts)</source>
        <translation>list records (--json for scripts)</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>print JSON instead of a table</translation>
    </message>
    <message>
        <source>only records matching this text</source>
        <translation>only records matching this text</translation>
    </message>
    <message>
        <source>import follow-ups from an .xlsx workbook (preview, then all or nothing)</source>
        <translation>import follow-ups from an .xlsx workbook (preview, then all or nothing)</translation>
    </message>
    <message>
        <source>the workbook to import</source>
        <translation>the workbook to import</translation>
    </message>
    <message>
        <source>show what would change and write nothing</source>
        <translation>show what would change and write nothing</translation>
    </message>
    <message>
        <source>create partners the database does not know yet</source>
        <translation>create partners the database does not know yet</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems in {name} (listed above).</source>
        <translation>Nothing was imported: {n} problems in {name} (listed above).</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Dry run: nothing was written.</translation>
    </message>
    <message>
        <source>Nothing to import: every row matches the database.</source>
        <translation>Nothing to import: every row matches the database.</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} created, {updated} updated, {progress} progress entries, {partners} new partners.</source>
        <translation>Imported from {name}: {created} created, {updated} updated, {progress} progress entries, {partners} new partners.</translation>
    </message>
    <message>
        <source>write the status spreadsheet (.xlsx) of the follow-ups</source>
        <translation>write the status spreadsheet (.xlsx) of the follow-ups</translation>
    </message>
    <message>
        <source>the workbook to write (replaced if it exists)</source>
        <translation>the workbook to write (replaced if it exists)</translation>
    </message>
    <message>
        <source>only this partner: its ID or any of its names or aliases (repeatable)</source>
        <translation>only this partner: its ID or any of its names or aliases (repeatable)</translation>
    </message>
    <message>
        <source>only these statuses, by code (in_progress) or label (&quot;In progress&quot;)</source>
        <translation>only these statuses, by code (in_progress) or label (&quot;In progress&quot;)</translation>
    </message>
    <message>
        <source>only overdue follow-ups</source>
        <translation>only overdue follow-ups</translation>
    </message>
    <message>
        <source>mark the follow-ups that changed since this day, dd/mm/yyyy (new, status changed, progress added, due date moved): a column and the row highlighted</source>
        <translation>mark the follow-ups that changed since this day, dd/mm/yyyy (new, status changed, progress added, due date moved): a column and the row highlighted</translation>
    </message>
    <message>
        <source>Unknown status “{value}”; use one of: {known}.</source>
        <translation>Unknown status “{value}”; use one of: {known}.</translation>
    </message>
    <message>
        <source>The spreadsheet must be an .xlsx file: {path}</source>
        <translation>The spreadsheet must be an .xlsx file: {path}</translation>
    </message>
    <message>
        <source>add a partner, a meeting or a follow-up (prints its ID)</source>
        <translation>add a partner, a meeting or a follow-up (prints its ID)</translation>
    </message>
    <message>
        <source>Add one record, with the same checks and audit as the window, and print its ID. Dates are dd/mm/yyyy; directions, kinds and categories are accepted as codes or as labels in either language.</source>
        <translation>Add one record, with the same checks and audit as the window, and print its ID. Dates are dd/mm/yyyy; directions, kinds and categories are accepted as codes or as labels in either language.</translation>
    </message>
    <message>
        <source>a partner</source>
        <translation>a partner</translation>
    </message>
    <message>
        <source>official Vietnamese name</source>
        <translation>official Vietnamese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>name in the original script</source>
        <translation>name in the original script</translation>
    </message>
    <message>
        <source>other names it is known by (repeatable)</source>
        <translation>other names it is known by (repeatable)</translation>
    </message>
    <message>
        <source>country, ISO 3166 alpha-2 (CN, KR…)</source>
        <translation>country, ISO 3166 alpha-2 (CN, KR…)</translation>
    </message>
    <message>
        <source>government, enterprise, organisation, education, other</source>
        <translation>government, enterprise, organisation, education, other</translation>
    </message>
    <message>
        <source>a meeting</source>
        <translation>a meeting</translation>
    </message>
    <message>
        <source>date of the meeting, dd/mm/yyyy</source>
        <translation>date of the meeting, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>title of the meeting</source>
        <translation>title of the meeting</translation>
    </message>
    <message>
        <source>partner by ID or any of its names (repeatable)</source>
        <translation>partner by ID or any of its names (repeatable)</translation>
    </message>
    <message>
        <source>our host unit: ID, name or abbreviation</source>
        <translation>our host unit: ID, name or abbreviation</translation>
    </message>
    <message>
        <source>a follow-up</source>
        <translation>a follow-up</translation>
    </message>
    <message>
        <source>partner by ID or any of its names</source>
        <translation>partner by ID or any of its names</translation>
    </message>
    <message>
        <source>what was requested</source>
        <translation>what was requested</translation>
    </message>
    <message>
        <source>ours (our request to the partner), theirs (the partner&apos;s request to us) or joint</source>
        <translation>ours (our request to the partner), theirs (the partner&apos;s request to us) or joint</translation>
    </message>
    <message>
        <source>due date: dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</source>
        <translation>due date: dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</translation>
    </message>
    <message>
        <source>our responsible unit: ID, name or abbreviation</source>
        <translation>our responsible unit: ID, name or abbreviation</translation>
    </message>
    <message>
        <source>the meeting where it was raised</source>
        <translation>the meeting where it was raised</translation>
    </message>
    <message>
        <source>category: code or name</source>
        <translation>category: code or name</translation>
    </message>
    <message>
        <source>the day it was raised, dd/mm/yyyy (default: the meeting&apos;s date, else today)</source>
        <translation>the day it was raised, dd/mm/yyyy (default: the meeting&apos;s date, else today)</translation>
    </message>
    <message>
        <source>copy every record of one database into an empty one (a file or a server)</source>
        <translation>copy every record of one database into an empty one (a file or a server)</translation>
    </message>
    <message>
        <source>the database to copy: a file or a URL</source>
        <translation>the database to copy: a file or a URL</translation>
    </message>
    <message>
        <source>an empty database, or a file that does not exist yet: a file or a URL</source>
        <translation>an empty database, or a file that does not exist yet: a file or a URL</translation>
    </message>
    <message>
        <source>Copied {source} to {dest} in {seconds} s; rows in each table, the same at both ends:</source>
        <translation>Copied {source} to {dest} in {seconds} s; rows in each table, the same at both ends:</translation>
    </message>
    <message>
        <source>record progress on a follow-up (a dated note and/or a new status)</source>
        <translation>record progress on a follow-up (a dated note and/or a new status)</translation>
    </message>
    <message>
        <source>Record one progress entry on a follow-up, as the window does. --date may be in the past (default: today); the current status stays that of the latest-dated entry.</source>
        <translation>Record one progress entry on a follow-up, as the window does. --date may be in the past (default: today); the current status stays that of the latest-dated entry.</translation>
    </message>
    <message>
        <source>the follow-up&apos;s ID</source>
        <translation>the follow-up&apos;s ID</translation>
    </message>
    <message>
        <source>new status, by code (in_progress) or label in either language</source>
        <translation>new status, by code (in_progress) or label in either language</translation>
    </message>
    <message>
        <source>date of the entry, dd/mm/yyyy (default: today)</source>
        <translation>date of the entry, dd/mm/yyyy (default: today)</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>what happened</translation>
    </message>
    <message>
        <source>Follow-up #{id}: now {status}{since}.</source>
        <translation>Follow-up #{id}: now {status}{since}.</translation>
    </message>
    <message>
        <source> (done on {date})</source>
        <translation> (done on {date})</translation>
    </message>
    <message>
        <source>write the periodic report of a period (.xlsx or .pdf)</source>
        <translation>write the periodic report of a period (.xlsx or .pdf)</translation>
    </message>
    <message>
        <source>Write the periodic report (Decree 09/2019/NĐ-CP): the period and its data cut-off date, the summary figures, a table per unit, the follow-ups behind each figure and the changes during the period. Figures are computed from the progress log as of --to. Dates are dd/mm/yyyy.</source>
        <translation>Write the periodic report (Decree 09/2019/NĐ-CP): the period and its data cut-off date, the summary figures, a table per unit, the follow-ups behind each figure and the changes during the period. Figures are computed from the progress log as of --to. Dates are dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>first day of the period, dd/mm/yyyy</source>
        <translation>first day of the period, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>last day of the period, the data cut-off date, dd/mm/yyyy</source>
        <translation>last day of the period, the data cut-off date, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>the file to write: .xlsx (workbook with charts) or .pdf (A4)</source>
        <translation>the file to write: .xlsx (workbook with charts) or .pdf (A4)</translation>
    </message>
    <message>
        <source>The report must be an .xlsx or a .pdf file: {path}</source>
        <translation>The report must be an .xlsx or a .pdf file: {path}</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff} written to {path} ({pages} pages).</source>
        <translation>Periodic report {start} – {cutoff} written to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>on-time figures of a period, by unit, partner, category or officer</source>
        <translation>on-time figures of a period, by unit, partner, category or officer</translation>
    </message>
    <message>
        <source>The figures of SPEC §10 for the period from --from to --to (the data cut-off date), computed from the progress log as of the cut-off, so a past period always gives the same figures. Dates are dd/mm/yyyy, in the JSON too. Default period: from 1 January of the cut-off&apos;s year to today.</source>
        <translation>The figures of SPEC §10 for the period from --from to --to (the data cut-off date), computed from the progress log as of the cut-off, so a past period always gives the same figures. Dates are dd/mm/yyyy, in the JSON too. Default period: from 1 January of the cut-off&apos;s year to today.</translation>
    </message>
    <message>
        <source>first day of the period, dd/mm/yyyy (default: 1 January of --to&apos;s year)</source>
        <translation>first day of the period, dd/mm/yyyy (default: 1 January of --to&apos;s year)</translation>
    </message>
    <message>
        <source>last day of the period, the data cut-off date, dd/mm/yyyy (default: today)</source>
        <translation>last day of the period, the data cut-off date, dd/mm/yyyy (default: today)</translation>
    </message>
    <message>
        <source>one row per unit (default), partner, category or officer</source>
        <translation>one row per unit (default), partner, category or officer</translation>
    </message>
    <message>
        <source>Period {start} – {cutoff} (data cut-off date {cutoff}), by {by}</source>
        <translation>Period {start} – {cutoff} (data cut-off date {cutoff}), by {by}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>{option}: unknown value “{value}”; use one of: {known}.</source>
        <translation>{option}: unknown value “{value}”; use one of: {known}.</translation>
    </message>
    <message>
        <source>--category: unknown category “{value}”; use one of: {known}.</source>
        <translation>--category: unknown category “{value}”; use one of: {known}.</translation>
    </message>
    <message>
        <source>--unit: no unit matches “{value}”; the units are: {known}.</source>
        <translation>--unit: no unit matches “{value}”; the units are: {known}.</translation>
    </message>
    <message>
        <source>--unit: “{value}” matches several units; give the ID: {known}.</source>
        <translation>--unit: “{value}” matches several units; give the ID: {known}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>Cannot undo: {record} #{id} was changed by {officers} on {date} at {time}, after your change; it was left as it is.</source>
        <translation>Cannot undo: {record} #{id} was changed by {officers} on {date} at {time}, after your change; it was left as it is.</translation>
    </message>
    <message>
        <source>{record} #{id} was deleted by {officers} on {date} at {time}, after you opened it; nothing was saved.</source>
        <translation>{record} #{id} was deleted by {officers} on {date} at {time}, after you opened it; nothing was saved.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed by {officers} on {date} at {time}, after you opened it; nothing was saved.</source>
        <translation>{record} #{id} was changed by {officers} on {date} at {time}, after you opened it; nothing was saved.</translation>
    </message>
    <message>
        <source>Cannot undo: {record} #{id} was changed by someone else after your change; it was left as it is.</source>
        <translation>Cannot undo: {record} #{id} was changed by someone else after your change; it was left as it is.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed by someone else after you opened it; nothing was saved.</source>
        <translation>{record} #{id} was changed by someone else after you opened it; nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Fields that differ</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Saved now</source>
        <translation>Saved now</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>&amp;Reload the saved version</source>
        <translation>&amp;Reload the saved version</translation>
    </message>
    <message>
        <source>Show the record as it is saved now; your changes in this form are dropped.</source>
        <translation>Show the record as it is saved now; your changes in this form are dropped.</translation>
    </message>
    <message>
        <source>A&amp;pply my changes on top</source>
        <translation>A&amp;pply my changes on top</translation>
    </message>
    <message>
        <source>Save the fields you changed over the saved version; the others keep their saved values.</source>
        <translation>Save the fields you changed over the saved version; the others keep their saved values.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>The password for {user} on {server} could not be stored in the system keyring; use a PostgreSQL password file (pgpass) instead.</source>
        <translation>The password for {user} on {server} could not be stored in the system keyring; use a PostgreSQL password file (pgpass) instead.</translation>
    </message>
    <message>
        <source>The database address contains a password, which other programs on this computer can read; keep it in the system keyring or a PostgreSQL password file (pgpass) instead (see the README).</source>
        <translation>The database address contains a password, which other programs on this computer can read; keep it in the system keyring or a PostgreSQL password file (pgpass) instead (see the README).</translation>
    </message>
    <message>
        <source>The server {server} did not accept the password of {user} for the database {database}.</source>
        <translation>The server {server} did not accept the password of {user} for the database {database}.</translation>
    </message>
    <message>
        <source>The server {server} asks for the password of {user} for the database {database}; keep it in the system keyring or a PostgreSQL password file (pgpass), see the README.</source>
        <translation>The server {server} asks for the password of {user} for the database {database}; keep it in the system keyring or a PostgreSQL password file (pgpass), see the README.</translation>
    </message>
    <message>
        <source>There is no database {database} on the server {server}.</source>
        <translation>There is no database {database} on the server {server}.</translation>
    </message>
    <message>
        <source>The server {server} does not let {user} connect to the database {database}.</source>
        <translation>The server {server} does not let {user} connect to the database {database}.</translation>
    </message>
    <message>
        <source>The role {user} lacks the rights hptracker needs in the database {database} on the server {server} ({reason}).</source>
        <translation>The role {user} lacks the rights hptracker needs in the database {database} on the server {server} ({reason}).</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} has no schema where {user} may create hptracker&apos;s tables.</source>
        <translation>The database {database} on the server {server} has no schema where {user} may create hptracker&apos;s tables.</translation>
    </message>
    <message>
        <source>The server {server} has no free connection for the database {database}; try again in a moment.</source>
        <translation>The server {server} has no free connection for the database {database}; try again in a moment.</translation>
    </message>
    <message>
        <source>Cannot reach the database server {server} for the database {database}: check that the server is running and that its address is right.</source>
        <translation>Cannot reach the database server {server} for the database {database}: check that the server is running and that its address is right.</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} cannot be used: {reason}.</source>
        <translation>The database {database} on the server {server} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>The role {user} cannot write to the database {database} on the server {server}; it may only read.</source>
        <translation>The role {user} cannot write to the database {database} on the server {server}; it may only read.</translation>
    </message>
    <message>
        <source>The database {database} on the server {server} must first be upgraded to this version of hptracker by a role that may change it (its owner); the role {user} may only read.</source>
        <translation>The database {database} on the server {server} must first be upgraded to this version of hptracker by a role that may change it (its owner); the role {user} may only read.</translation>
    </message>
    <message>
        <source>hptracker needs PostgreSQL 15 or newer; the server {server} runs version {version}.</source>
        <translation>hptracker needs PostgreSQL 15 or newer; the server {server} runs version {version}.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Director, Foreign Affairs Office</source>
        <translation>e.g. Director, Foreign Affairs Office</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>An unexpected error stopped that action ({error}); the records already saved are safe, and the details for support were written to {path}.</source>
        <translation>An unexpected error stopped that action ({error}); the records already saved are safe, and the details for support were written to {path}.</translation>
    </message>
    <message>
        <source>An unexpected error stopped that action ({error}); the records already saved are safe, but the details could not be written to {path}.</source>
        <translation>An unexpected error stopped that action ({error}); the records already saved are safe, but the details could not be written to {path}.</translation>
    </message>
</context>
<context>
    <name>DatabaseSettings</name>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>hptracker databases (*.db);;All files (*)</source>
        <translation>hptracker databases (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. db.heza.local</source>
        <translation>e.g. db.heza.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>your role on the server</source>
        <translation>your role on the server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in the settings file</source>
        <translation>kept in the system keyring, never in the settings file</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Use this database</source>
        <translation>Use this database</translation>
    </message>
    <message>
        <source>This com&amp;puter&apos;s file</source>
        <translation>This com&amp;puter&apos;s file</translation>
    </message>
    <message>
        <source>An office server (PostgreS&amp;QL)</source>
        <translation>An office server (PostgreS&amp;QL)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Database name:</source>
        <translation>&amp;Database name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>the server</translation>
    </message>
    <message>
        <source>the database name</source>
        <translation>the database name</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>the user name</translation>
    </message>
    <message>
        <source>Fill in {fields}.</source>
        <translation>Fill in {fields}.</translation>
    </message>
    <message>
        <source>Connecting to {target}…</source>
        <translation>Connecting to {target}…</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}). The database is empty: hptracker creates its tables when the window first opens on it.</source>
        <translation>Connected to {target} (PostgreSQL {version}). The database is empty: hptracker creates its tables when the window first opens on it.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}), but its records were written by a newer version of hptracker: update this program first.</source>
        <translation>Connected to {target} (PostgreSQL {version}), but its records were written by a newer version of hptracker: update this program first.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}); its records are upgraded, after a backup, when the window opens on it.</source>
        <translation>Connected to {target} (PostgreSQL {version}); its records are upgraded, after a backup, when the window opens on it.</translation>
    </message>
    <message>
        <source>Connected to {target} (PostgreSQL {version}); hptracker&apos;s records are there.</source>
        <translation>Connected to {target} (PostgreSQL {version}); hptracker&apos;s records are there.</translation>
    </message>
    <message>
        <source>hptracker will use {target}.</source>
        <translation>hptracker will use {target}.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Pick a date (Alt+Down)</source>
        <translation>Pick a date (Alt+Down)</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>not a date yet</translation>
    </message>
    <message>
        <source>Read as {date}</source>
        <translation>Read as {date}</translation>
    </message>
    <message>
        <source>A date is required (dd/mm/yyyy).</source>
        <translation>A date is required (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>“{value}” is not a date; type it as dd/mm/yyyy.</source>
        <translation>“{value}” is not a date; type it as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>“{what}” has changes that are not saved.</source>
        <translation>“{what}” has changes that are not saved.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved forms</source>
        <translation>Unsaved forms</translation>
    </message>
    <message>
        <source>hptracker closed last time without saving these forms (a crash or a power cut?):</source>
        <translation>hptracker closed last time without saving these forms (a crash or a power cut?):</translation>
    </message>
    <message>
        <source>Reopen them with what was typed?</source>
        <translation>Reopen them with what was typed?</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Reopen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>The contact no longer exists.</translation>
    </message>
    <message>
        <source>The fact no longer exists.</source>
        <translation>The fact no longer exists.</translation>
    </message>
</context>
<context>
    <name>DueEdit</name>
    <message>
        <source>dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</source>
        <translation>dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>not a due date yet</source>
        <translation>not a due date yet</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>within the month, by {date}</source>
        <translation>within the month, by {date}</translation>
    </message>
    <message>
        <source>within the quarter, by {date}</source>
        <translation>within the quarter, by {date}</translation>
    </message>
    <message>
        <source>within the year, by {date}</source>
        <translation>within the year, by {date}</translation>
    </message>
    <message>
        <source>“{value}” is not a due date; type 13/05/2024, 05/2024, Q3/2024 or 2024.</source>
        <translation>“{value}” is not a due date; type 13/05/2024, 05/2024, Q3/2024 or 2024.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>{n} follow-ups exported to {path}.</source>
        <translation>{n} follow-ups exported to {path}.</translation>
    </message>
    <message>
        <source>{n} partners exported to {path}.</source>
        <translation>{n} partners exported to {path}.</translation>
    </message>
    <message>
        <source>{n} meetings exported to {path}.</source>
        <translation>{n} meetings exported to {path}.</translation>
    </message>
    <message>
        <source>{n} agreements exported to {path}.</source>
        <translation>{n} agreements exported to {path}.</translation>
    </message>
    <message>
        <source>{n} characters that a spreadsheet cannot hold were replaced with �.</source>
        <translation>{n} characters that a spreadsheet cannot hold were replaced with �.</translation>
    </message>
    <message>
        <source>{n} texts too long for one cell are kept whole in the sheet “{sheet}”.</source>
        <translation>{n} texts too long for one cell are kept whole in the sheet “{sheet}”.</translation>
    </message>
    <message>
        <source>text too long for one cell: the whole text is in sheet “{sheet}”, from row {row}</source>
        <translation>text too long for one cell: the whole text is in sheet “{sheet}”, from row {row}</translation>
    </message>
    <message>
        <source>Page &amp;P of &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>partner: {names}</source>
        <translation>partner: {names}</translation>
    </message>
    <message>
        <source>status: {values}</source>
        <translation>status: {values}</translation>
    </message>
    <message>
        <source>direction: {values}</source>
        <translation>direction: {values}</translation>
    </message>
    <message>
        <source>responsible unit: {values}</source>
        <translation>responsible unit: {values}</translation>
    </message>
    <message>
        <source>category: {values}</source>
        <translation>category: {values}</translation>
    </message>
    <message>
        <source>raised at: {meeting}</source>
        <translation>raised at: {meeting}</translation>
    </message>
    <message>
        <source>agreement: {agreement}</source>
        <translation>agreement: {agreement}</translation>
    </message>
    <message>
        <source>due from {date}</source>
        <translation>due from {date}</translation>
    </message>
    <message>
        <source>due by {date}</source>
        <translation>due by {date}</translation>
    </message>
    <message>
        <source>overdue only</source>
        <translation>overdue only</translation>
    </message>
    <message>
        <source>awaiting the partner only</source>
        <translation>awaiting the partner only</translation>
    </message>
    <message>
        <source>search: “{text}”</source>
        <translation>search: “{text}”</translation>
    </message>
    <message>
        <source>deleted follow-ups</source>
        <translation>deleted follow-ups</translation>
    </message>
    <message>
        <source>none (all records)</source>
        <translation>none (all records)</translation>
    </message>
    <message>
        <source>Filters: {filters}</source>
        <translation>Filters: {filters}</translation>
    </message>
    <message>
        <source>(this sheet: the records of the partners of the follow-ups selected)</source>
        <translation>(this sheet: the records of the partners of the follow-ups selected)</translation>
    </message>
    <message>
        <source>Follow-up status report — {sheet}</source>
        <translation>Follow-up status report — {sheet}</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>; changes since {date} are marked in the Follow-ups sheet</source>
        <translation>; changes since {date} are marked in the Follow-ups sheet</translation>
    </message>
    <message>
        <source>Officer: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>deleted records</source>
        <translation>deleted records</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>ExportUi</name>
    <message>
        <source>Export follow-ups</source>
        <translation>Export follow-ups</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Exporting follow-ups to {name}…</source>
        <translation>Exporting follow-ups to {name}…</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exporting to {name}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Mark what changed since:</source>
        <translation>&amp;Mark what changed since:</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <source>New follow-ups, status changes, progress added and due dates moved since that day get a Changes column and a highlighted row. The day of the last export is proposed.</source>
        <translation>New follow-ups, status changes, progress added and due dates moved since that day get a Changes column and a highlighted row. The day of the last export is proposed.</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The export failed because of an unexpected error: {error}</source>
        <translation>The export failed because of an unexpected error: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>FactForm</name>
    <message>
        <source>Edit fact</source>
        <translation>Edit fact</translation>
    </message>
    <message>
        <source>New fact</source>
        <translation>New fact</translation>
    </message>
    <message>
        <source>e.g. valid FDI projects</source>
        <translation>e.g. valid FDI projects</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>a number, e.g. 860 or 25.5</source>
        <translation>a number, e.g. 860 or 25.5</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>or in words, e.g. over 25 billion</source>
        <translation>or in words, e.g. over 25 billion</translation>
    </message>
    <message>
        <source>Value as &amp;text:</source>
        <translation>Value as &amp;text:</translation>
    </message>
    <message>
        <source>e.g. projects, USD</source>
        <translation>e.g. projects, USD</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>e.g. from 42 countries and territories</source>
        <translation>e.g. from 42 countries and territories</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Leave blank for a fact about the whole city.</source>
        <translation>Leave blank for a fact about the whole city.</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code, blank = the city):</source>
        <translation>&amp;Country (ISO code, blank = the city):</translation>
    </message>
    <message>
        <source>Give the value as a number or as text.</source>
        <translation>Give the value as a number or as text.</translation>
    </message>
</context>
<context>
    <name>FactsDialog</name>
    <message>
        <source>Facts — {name}</source>
        <translation>Facts — {name}</translation>
    </message>
    <message>
        <source>Facts — the whole city</source>
        <translation>Facts — the whole city</translation>
    </message>
    <message>
        <source>Facts about this partner. Its country&apos;s and the city&apos;s facts are shown too, read-only: edit them from Records › Facts with no partner selected.</source>
        <translation>Facts about this partner. Its country&apos;s and the city&apos;s facts are shown too, read-only: edit them from Records › Facts with no partner selected.</translation>
    </message>
    <message>
        <source>Facts about the whole city and about countries (a fact about a partner is edited from that partner).</source>
        <translation>Facts about the whole city and about countries (a fact about a partner is edited from that partner).</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Attached to</translation>
    </message>
    <message>
        <source>&amp;Add fact…</source>
        <translation>&amp;Add fact…</translation>
    </message>
    <message>
        <source>&amp;Edit fact…</source>
        <translation>&amp;Edit fact…</translation>
    </message>
    <message>
        <source>&amp;Delete fact</source>
        <translation>&amp;Delete fact</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This partner</source>
        <translation>This partner</translation>
    </message>
    <message>
        <source>Partner #{id}</source>
        <translation>Partner #{id}</translation>
    </message>
    <message>
        <source>Country {code}</source>
        <translation>Country {code}</translation>
    </message>
    <message>
        <source>The whole city</source>
        <translation>The whole city</translation>
    </message>
    <message>
        <source>{scope} (read-only here)</source>
        <translation>{scope} (read-only here)</translation>
    </message>
    <message>
        <source>Delete the fact “{indicator}”?</source>
        <translation>Delete the fact “{indicator}”?</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Parent partner</source>
        <translation>Parent partner</translation>
    </message>
    <message>
        <source>Relationship level</source>
        <translation>Relationship level</translation>
    </message>
    <message>
        <source>Relationship since</source>
        <translation>Relationship since</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Successor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <source>Our lead</source>
        <translation>Our lead</translation>
    </message>
    <message>
        <source>Partner&apos;s head of delegation</source>
        <translation>Partner&apos;s head of delegation</translation>
    </message>
    <message>
        <source>Head of delegation (romanised)</source>
        <translation>Head of delegation (romanised)</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Reference number</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Signing unit</source>
        <translation>Signing unit</translation>
    </message>
    <message>
        <source>Our signatory</source>
        <translation>Our signatory</translation>
    </message>
    <message>
        <source>Partner&apos;s signatory</source>
        <translation>Partner&apos;s signatory</translation>
    </message>
    <message>
        <source>Signed date</source>
        <translation>Signed date</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Successor agreement</source>
        <translation>Successor agreement</translation>
    </message>
    <message>
        <source>Fields of cooperation</source>
        <translation>Fields of cooperation</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Partner contact</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Value (text)</source>
        <translation>Value (text)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot write {path}: permission denied, or the file is open in another program (close it and try again).</source>
        <translation>Cannot write {path}: permission denied, or the file is open in another program (close it and try again).</translation>
    </message>
    <message>
        <source>Cannot write {path}: the disk is full ({reason}); free some space and try again.</source>
        <translation>Cannot write {path}: the disk is full ({reason}); free some space and try again.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder does not exist.</source>
        <translation>Cannot write {path}: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file came out incomplete (is the disk full?). Any previous file of that name was kept.</source>
        <translation>Cannot write {path}: the file came out incomplete (is the disk full?). Any previous file of that name was kept.</translation>
    </message>
    <message>
        <source>Nothing was written to {path}.</source>
        <translation>Nothing was written to {path}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>a named pipe</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>{path} is the database {db} or one of its working files; choose another file. Nothing was written.</source>
        <translation>{path} is the database {db} or one of its working files; choose another file. Nothing was written.</translation>
    </message>
    <message>
        <source>{path} is in the backups folder of the database, which hptracker manages on its own; choose another place. Nothing was written.</source>
        <translation>{path} is in the backups folder of the database, which hptracker manages on its own; choose another place. Nothing was written.</translation>
    </message>
</context>
<context>
    <name>FollowUpDetail</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>details</source>
        <translation>details</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>responsible unit</source>
        <translation>responsible unit</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>due date</translation>
    </message>
    <message>
        <source>due precision</source>
        <translation>due precision</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>completed on</translation>
    </message>
    <message>
        <source>fields of cooperation</source>
        <translation>fields of cooperation</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>progress entry</source>
        <translation>progress entry</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Select a follow-up to see its history and record progress.</source>
        <translation>Select a follow-up to see its history and record progress.</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Partner contact:</source>
        <translation>Partner contact:</translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation>Direction:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Raised at:</source>
        <translation>Raised at:</translation>
    </message>
    <message>
        <source>Agreement:</source>
        <translation>Agreement:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>Record progress</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>what happened; Enter records it</source>
        <translation>what happened; Enter records it</translation>
    </message>
    <message>
        <source>Progress date</source>
        <translation>Progress date</translation>
    </message>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;cord</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Deleted — restore it from the Delete/Restore action. {state}</source>
        <translation>Deleted — restore it from the Delete/Restore action. {state}</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>{status} (unchanged)</source>
        <translation>{status} (unchanged)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Progress on follow-up #{id}</source>
        <translation>Progress on follow-up #{id}</translation>
    </message>
    <message>
        <source>Follow-up #{id}</source>
        <translation>Follow-up #{id}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FollowUpField</name>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Edit follow-up #{id}</source>
        <translation>Edit follow-up #{id}</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Partner co&amp;ntact:</source>
        <translation>Partner co&amp;ntact:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>the meeting being logged</source>
        <translation>the meeting being logged</translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation>Raised at &amp;meeting:</translation>
    </message>
    <message>
        <source>{title} (logged with this meeting)</source>
        <translation>{title} (logged with this meeting)</translation>
    </message>
    <message>
        <source>Implements &amp;agreement:</source>
        <translation>Implements &amp;agreement:</translation>
    </message>
    <message>
        <source>Responsible &amp;unit:</source>
        <translation>Responsible &amp;unit:</translation>
    </message>
    <message>
        <source>Responsible &amp;officer:</source>
        <translation>Responsible &amp;officer:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Priorit&amp;y:</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>D&amp;irection:</translation>
    </message>
    <message>
        <source>Empty: the meeting&apos;s date, else today.</source>
        <translation>Empty: the meeting&apos;s date, else today.</translation>
    </message>
    <message>
        <source>&amp;Raised on:</source>
        <translation>&amp;Raised on:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Fields of cooperation:</source>
        <translation>&amp;Fields of cooperation:</translation>
    </message>
    <message>
        <source>D&amp;etails:</source>
        <translation>D&amp;etails:</translation>
    </message>
    <message>
        <source>Changing the status here writes a progress entry.</source>
        <translation>Changing the status here writes a progress entry.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{contact} is not a contact of this partner: the choice was cleared.</source>
        <translation>{contact} is not a contact of this partner: the choice was cleared.</translation>
    </message>
    <message>
        <source>Choose the partner first; its contacts are listed here.</source>
        <translation>Choose the partner first; its contacts are listed here.</translation>
    </message>
    <message>
        <source>This partner has no contacts yet: add them in the partner&apos;s form.</source>
        <translation>This partner has no contacts yet: add them in the partner&apos;s form.</translation>
    </message>
    <message>
        <source>{contact} (contact of another partner)</source>
        <translation>{contact} (contact of another partner)</translation>
    </message>
    <message>
        <source>Choose the partner.</source>
        <translation>Choose the partner.</translation>
    </message>
    <message>
        <source>{contact} is not a contact of {partner}: choose one of its contacts or (none).</source>
        <translation>{contact} is not a contact of {partner}: choose one of its contacts or (none).</translation>
    </message>
    <message>
        <source>Possible duplicate — already recorded for this partner and meeting: {items}. Save again to keep both.</source>
        <translation>Possible duplicate — already recorded for this partner and meeting: {items}. Save again to keep both.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>{label} by {days} d</source>
        <translation>{label} by {days} d</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>Raised at</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Search follow-ups: title, details, partner in any script or alias (Ctrl+F)</source>
        <translation>Search follow-ups: title, details, partner in any script or alias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search follow-ups</source>
        <translation>Search follow-ups</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Open (not done or dropped)</source>
        <translation>Open (not done or dropped)</translation>
    </message>
    <message>
        <source>Partner: any</source>
        <translation>Partner: any</translation>
    </message>
    <message>
        <source>Partner filter</source>
        <translation>Partner filter</translation>
    </message>
    <message>
        <source>Direction filter</source>
        <translation>Direction filter</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Any direction</translation>
    </message>
    <message>
        <source>Our unit filter</source>
        <translation>Our unit filter</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>Due period filter</source>
        <translation>Due period filter</translation>
    </message>
    <message>
        <source>Due: any time</source>
        <translation>Due: any time</translation>
    </message>
    <message>
        <source>Due before today</source>
        <translation>Due before today</translation>
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation>Due in the next 30 days</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Due this month</translation>
    </message>
    <message>
        <source>Due this quarter</source>
        <translation>Due this quarter</translation>
    </message>
    <message>
        <source>Due this year</source>
        <translation>Due this year</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Only follow-ups past their due date and not done</source>
        <translation>Only follow-ups past their due date and not done</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>De&amp;leted</translation>
    </message>
    <message>
        <source>Deleted follow-ups can be restored from here.</source>
        <translation>Deleted follow-ups can be restored from here.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>Follow-ups shown: {n}</source>
        <translation>Follow-ups shown: {n}</translation>
    </message>
    <message>
        <source>Overdue: {n}</source>
        <translation>Overdue: {n}</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <source>In a form: save it</source>
        <translation>In a form: save it</translation>
    </message>
    <message>
        <source>In a form: close it (asks first if it has changes)</source>
        <translation>In a form: close it (asks first if it has changes)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{sheet}, row {row}, column {column}: {message}</source>
        <translation>{sheet}, row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>{sheet}, row {row}: {message}</source>
        <translation>{sheet}, row {row}: {message}</translation>
    </message>
    <message>
        <source>{sheet}, column {column}: {message}</source>
        <translation>{sheet}, column {column}: {message}</translation>
    </message>
    <message>
        <source>{sheet}: {message}</source>
        <translation>{sheet}: {message}</translation>
    </message>
    <message>
        <source>{n} more problems are not listed; fix the ones above first.</source>
        <translation>{n} more problems are not listed; fix the ones above first.</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {unchanged} unchanged, {partners} new partners, {problems} problems</source>
        <translation>{create} to create, {update} to update, {unchanged} unchanged, {partners} new partners, {problems} problems</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>To update:</source>
        <translation>To update:</translation>
    </message>
    <message>
        <source>  #{id} (row {row}) {title}: {changes}</source>
        <translation>  #{id} (row {row}) {title}: {changes}</translation>
    </message>
    <message>
        <source>  … and {n} more</source>
        <translation>  … and {n} more</translation>
    </message>
    <message>
        <source>To create:</source>
        <translation>To create:</translation>
    </message>
    <message>
        <source>  row {row}: {title} ({partner})</source>
        <translation>  row {row}: {title} ({partner})</translation>
    </message>
    <message>
        <source>New partners: {names}</source>
        <translation>New partners: {names}</translation>
    </message>
    <message>
        <source>Ignored column: {sheet}, {column}</source>
        <translation>Ignored column: {sheet}, {column}</translation>
    </message>
    <message>
        <source>Sheet not imported: {sheet} ({reason})</source>
        <translation>Sheet not imported: {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Problems (nothing will be written until they are fixed):</source>
        <translation>Problems (nothing will be written until they are fixed):</translation>
    </message>
    <message>
        <source>Cannot read {path}: permission denied, or the file is open in another program (close it and try again).</source>
        <translation>Cannot read {path}: permission denied, or the file is open in another program (close it and try again).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a workbook.</source>
        <translation>{path} is a folder, not a workbook.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.</source>
        <translation>{name} is not an Excel workbook (.xlsx). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.</translation>
    </message>
    <message>
        <source>{name} is damaged or not a real .xlsx workbook; nothing was imported.</source>
        <translation>{name} is damaged or not a real .xlsx workbook; nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is not a regular file (it is a named pipe, a device or a socket); nothing was read.</source>
        <translation>{name} is not a regular file (it is a named pipe, a device or a socket); nothing was read.</translation>
    </message>
    <message>
        <source>{name} expands to far more data than it holds (a “zip bomb”); it was not opened.</source>
        <translation>{name} expands to far more data than it holds (a “zip bomb”); it was not opened.</translation>
    </message>
    <message>
        <source>{name} is too large to import: its part {part} expands to {size}, at most {limit}.</source>
        <translation>{name} is too large to import: its part {part} expands to {size}, at most {limit}.</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB uncompressed, at most {limit} MB).</source>
        <translation>{name} is too large to import ({size} MB uncompressed, at most {limit} MB).</translation>
    </message>
    <message>
        <source>{name} is too large to import: its workbook parts expand to {size}, at most {limit}.</source>
        <translation>{name} is too large to import: its workbook parts expand to {size}, at most {limit}.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} sheets; split it into smaller workbooks.</source>
        <translation>{name} has more than {limit} sheets; split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first.</source>
        <translation>{name} is a binary workbook (.xlsb); save it as “Excel Workbook (*.xlsx)” first.</translation>
    </message>
    <message>
        <source>{name} holds more than {limit} different texts (its shared-string table); split it into smaller workbooks.</source>
        <translation>{name} holds more than {limit} different texts (its shared-string table); split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>{name}: a text of its shared-string table holds more than {limit} characters, more than a spreadsheet cell holds.</source>
        <translation>{name}: a text of its shared-string table holds more than {limit} characters, more than a spreadsheet cell holds.</translation>
    </message>
    <message>
        <source>{name}: the cell {cell} holds more than {limit} characters, more than a spreadsheet cell holds.</source>
        <translation>{name}: the cell {cell} holds more than {limit} characters, more than a spreadsheet cell holds.</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97–2003 (.xls) file. Remove the password or save it as “Excel Workbook (*.xlsx)”, then import again.</source>
        <translation>{name} is password-protected or an old Excel 97–2003 (.xls) file. Remove the password or save it as “Excel Workbook (*.xlsx)”, then import again.</translation>
    </message>
    <message>
        <source>{name} is an empty file.</source>
        <translation>{name} is an empty file.</translation>
    </message>
    <message>
        <source>no header row found in the first {n} rows (a row with at least the Title column and one of ID, Partner, Status or Due).</source>
        <translation>no header row found in the first {n} rows (a row with at least the Title column and one of ID, Partner, Status or Due).</translation>
    </message>
    <message>
        <source>this column repeats the column {other}; keep only one.</source>
        <translation>this column repeats the column {other}; keep only one.</translation>
    </message>
    <message>
        <source>merged header cells; unmerge them so that each column has its own header.</source>
        <translation>merged header cells; unmerge them so that each column has its own header.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has more than {limit} rows; split it into smaller workbooks.</source>
        <translation>Sheet “{sheet}” has more than {limit} rows; split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>a formula without a computed value; open the file in Excel, let it calculate and save, or type the value.</source>
        <translation>a formula without a computed value; open the file in Excel, let it calculate and save, or type the value.</translation>
    </message>
    <message>
        <source>{name} holds more text than can be imported at once (over {limit}); split it into smaller workbooks.</source>
        <translation>{name} holds more text than can be imported at once (over {limit}); split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has more than {limit} merged ranges; unmerge its cells and import again.</source>
        <translation>{name}: the sheet “{sheet}” has more than {limit} merged ranges; unmerge its cells and import again.</translation>
    </message>
    <message>
        <source>{name}: the sheet “{sheet}” has more than {limit} formulas without a computed value; open the file in Excel, let it calculate and save it.</source>
        <translation>{name}: the sheet “{sheet}” has more than {limit} formulas without a computed value; open the file in Excel, let it calculate and save it.</translation>
    </message>
    <message>
        <source>the cell refers to a shared text the file does not hold (the file is damaged); type the value again.</source>
        <translation>the cell refers to a shared text the file does not hold (the file is damaged); type the value again.</translation>
    </message>
    <message>
        <source>the cell is a date cell but holds “{value}”, which is not a date; type the value again.</source>
        <translation>the cell is a date cell but holds “{value}”, which is not a date; type the value again.</translation>
    </message>
    <message>
        <source>the cell is a TRUE/FALSE cell but holds “{value}”; type the value again.</source>
        <translation>the cell is a TRUE/FALSE cell but holds “{value}”; type the value again.</translation>
    </message>
    <message>
        <source>the cell is a number cell but holds “{value}”, which is not a number; type the value again.</source>
        <translation>the cell is a number cell but holds “{value}”, which is not a number; type the value again.</translation>
    </message>
    <message>
        <source>{name}: merged ranges of the sheet “{sheet}” cover more than {limit} rows; unmerge its cells and import again.</source>
        <translation>{name}: merged ranges of the sheet “{sheet}” cover more than {limit} rows; unmerge its cells and import again.</translation>
    </message>
    <message>
        <source>the cell shows the Excel error {error}.</source>
        <translation>the cell shows the Excel error {error}.</translation>
    </message>
    <message>
        <source>the text holds {code}, half of a character that no text can hold; type the text again.</source>
        <translation>the text holds {code}, half of a character that no text can hold; type the text again.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” contains formulas: their last computed values were read, never recalculated.</source>
        <translation>Sheet “{sheet}” contains formulas: their last computed values were read, never recalculated.</translation>
    </message>
    <message>
        <source>hidden sheet, not read</source>
        <translation>hidden sheet, not read</translation>
    </message>
    <message>
        <source>a report; only follow-ups are imported</source>
        <translation>a report; only follow-ups are imported</translation>
    </message>
    <message>
        <source>no follow-up headers</source>
        <translation>no follow-up headers</translation>
    </message>
    <message>
        <source>The follow-ups sheet “{sheet}” of {name} is hidden; unhide it in Excel (right-click a sheet tab → Unhide) and import again.</source>
        <translation>The follow-ups sheet “{sheet}” of {name} is hidden; unhide it in Excel (right-click a sheet tab → Unhide) and import again.</translation>
    </message>
    <message>
        <source>{name} is empty: no sheet holds any data.</source>
        <translation>{name} is empty: no sheet holds any data.</translation>
    </message>
    <message>
        <source>{name} has no follow-ups sheet: name a sheet “{en}” or “{vi}”, or give it a header row with at least Title and Partner.</source>
        <translation>{name} has no follow-ups sheet: name a sheet “{en}” or “{vi}”, or give it a header row with at least Title and Partner.</translation>
    </message>
    <message>
        <source>“{value}” is not one of: {allowed}.</source>
        <translation>“{value}” is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</source>
        <translation>“{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</translation>
    </message>
    <message>
        <source>“{value}” is not a follow-up ID (a whole number); leave it empty to create a new follow-up.</source>
        <translation>“{value}” is not a follow-up ID (a whole number); leave it empty to create a new follow-up.</translation>
    </message>
    <message>
        <source>no unit is named “{value}”.</source>
        <translation>no unit is named “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” names several units.</source>
        <translation>“{value}” names several units.</translation>
    </message>
    <message>
        <source>no category is named “{value}”.</source>
        <translation>no category is named “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” names several categories.</source>
        <translation>“{value}” names several categories.</translation>
    </message>
    <message>
        <source>no agreement has the title or reference “{value}”.</source>
        <translation>no agreement has the title or reference “{value}”.</translation>
    </message>
    <message>
        <source>“{value}” matches several agreements.</source>
        <translation>“{value}” matches several agreements.</translation>
    </message>
    <message>
        <source>Partner contact</source>
        <translation>Partner contact</translation>
    </message>
    <message>
        <source>the sheet has no Partner column; rows without an ID create follow-ups and need one.</source>
        <translation>the sheet has no Partner column; rows without an ID create follow-ups and need one.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”.</source>
        <translation>Sheet “{sheet}” has no Direction column: new follow-ups are recorded as “{label}”.</translation>
    </message>
    <message>
        <source>{n} new rows have the same partner and title as an existing follow-up; they will be created again. Put the follow-up&apos;s ID in the row to update it instead.</source>
        <translation>{n} new rows have the same partner and title as an existing follow-up; they will be created again. Put the follow-up&apos;s ID in the row to update it instead.</translation>
    </message>
    <message>
        <source>“{value}” names several partners ({names}); use a name only one of them has.</source>
        <translation>“{value}” names several partners ({names}); use a name only one of them has.</translation>
    </message>
    <message>
        <source>Did you mean “{name}”?</source>
        <translation>Did you mean “{name}”?</translation>
    </message>
    <message>
        <source>no partner is named “{value}”; add it first, or allow creating unknown partners.</source>
        <translation>no partner is named “{value}”; add it first, or allow creating unknown partners.</translation>
    </message>
    <message>
        <source>follow-up #{id} already appears in {sheet}, row {row}.</source>
        <translation>follow-up #{id} already appears in {sheet}, row {row}.</translation>
    </message>
    <message>
        <source>follow-up #{id} was deleted; restore it first, or clear the ID to create a new follow-up.</source>
        <translation>follow-up #{id} was deleted; restore it first, or clear the ID to create a new follow-up.</translation>
    </message>
    <message>
        <source>follow-up #{id} does not exist; clear the ID to create a new follow-up.</source>
        <translation>follow-up #{id} does not exist; clear the ID to create a new follow-up.</translation>
    </message>
    <message>
        <source>Nothing was imported: {n} problems in {name} must be fixed first.</source>
        <translation>Nothing was imported: {n} problems in {name} must be fixed first.</translation>
    </message>
    <message>
        <source>Follow-up #{id} was changed after the preview; nothing was imported. Preview the file again.</source>
        <translation>Follow-up #{id} was changed after the preview; nothing was imported. Preview the file again.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import from Excel — {name}</source>
        <translation>Import from Excel — {name}</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Import preview</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After import</source>
        <translation>After import</translation>
    </message>
    <message>
        <source>Follow-ups to update</source>
        <translation>Follow-ups to update</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>Follow-ups to create</source>
        <translation>Follow-ups to create</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Notes on the workbook</source>
        <translation>Notes on the workbook</translation>
    </message>
    <message>
        <source>Create the partners this workbook names that are not in the database yet</source>
        <translation>Create the partners this workbook names that are not in the database yet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{create} to create, {update} to update, {unchanged} unchanged, {problems} problems.</source>
        <translation>{create} to create, {update} to update, {unchanged} unchanged, {problems} problems.</translation>
    </message>
    <message>
        <source>New partners: {names}</source>
        <translation>New partners: {names}</translation>
    </message>
    <message>
        <source>Nothing can be imported until every problem is fixed in the workbook.</source>
        <translation>Nothing can be imported until every problem is fixed in the workbook.</translation>
    </message>
    <message>
        <source>Nothing to import: every row matches the database.</source>
        <translation>Nothing to import: every row matches the database.</translation>
    </message>
    <message>
        <source>Column ignored (not a follow-up field): {sheet}, {column}</source>
        <translation>Column ignored (not a follow-up field): {sheet}, {column}</translation>
    </message>
    <message>
        <source>Sheet not imported: {sheet} ({reason})</source>
        <translation>Sheet not imported: {sheet} ({reason})</translation>
    </message>
    <message>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <source>To update ({n})</source>
        <translation>To update ({n})</translation>
    </message>
    <message>
        <source>To create ({n})</source>
        <translation>To create ({n})</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Notes ({n})</translation>
    </message>
    <message>
        <source>Reading {name} again…</source>
        <translation>Reading {name} again…</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
</context>
<context>
    <name>ImportUi</name>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
        <translation>Excel workbooks (*.xlsx *.xlsm);;All files (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Reading {name}…</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Imported from {name}: {created} follow-ups created, {updated} updated, {progress} progress entries, {partners} new partners.</source>
        <translation>Imported from {name}: {created} follow-ups created, {updated} updated, {progress} progress entries, {partners} new partners.</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Awaiting partner</source>
        <translation>Awaiting partner</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Our request to the partner</source>
        <translation>Our request to the partner</translation>
    </message>
    <message>
        <source>Partner&apos;s request to us</source>
        <translation>Partner&apos;s request to us</translation>
    </message>
    <message>
        <source>Joint commitment</source>
        <translation>Joint commitment</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <source>Memorandum of understanding</source>
        <translation>Memorandum of understanding</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Cooperation agreement</translation>
    </message>
    <message>
        <source>Minutes of talks</source>
        <translation>Minutes of talks</translation>
    </message>
    <message>
        <source>Cooperation plan</source>
        <translation>Cooperation plan</translation>
    </message>
    <message>
        <source>Friendship relation</source>
        <translation>Friendship relation</translation>
    </message>
    <message>
        <source>Twinning</source>
        <translation>Twinning</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <source>Incoming delegation</source>
        <translation>Incoming delegation</translation>
    </message>
    <message>
        <source>Outgoing delegation</source>
        <translation>Outgoing delegation</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Courtesy call</source>
        <translation>Courtesy call</translation>
    </message>
    <message>
        <source>Working session</source>
        <translation>Working session</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Talks</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signing</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Government body</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Education / research</source>
        <translation>Education / research</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Other level</source>
        <translation>Other level</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>The database {path} is inside a {service} folder: syncing can damage a database while it is open. Keep it in a local folder (the backups may go to the cloud).</source>
        <translation>The database {path} is inside a {service} folder: syncing can damage a database while it is open. Keep it in a local folder (the backups may go to the cloud).</translation>
    </message>
    <message>
        <source>The database {path} is on a network share ({fstype}), where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</source>
        <translation>The database {path} is on a network share ({fstype}), where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</translation>
    </message>
    <message>
        <source>The database {path} is on a network share, where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</source>
        <translation>The database {path} is on a network share, where SQLite&apos;s locking is not safe and two computers can damage it. Keep it on a local disk.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hptracker main window</source>
        <translation>hptracker main window</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;New follow-up…</source>
        <translation>&amp;New follow-up…</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <source>&amp;Log a meeting…</source>
        <translation>&amp;Log a meeting…</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Log a meeting</translation>
    </message>
    <message>
        <source>New &amp;partner…</source>
        <translation>New &amp;partner…</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>New &amp;agreement…</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>New agreement</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>&amp;Facts…</translation>
    </message>
    <message>
        <source>Facts and figures for briefs</source>
        <translation>Facts and figures for briefs</translation>
    </message>
    <message>
        <source>&amp;Open / edit…</source>
        <translation>&amp;Open / edit…</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translation>Open the selected record</translation>
    </message>
    <message>
        <source>&amp;Record progress</source>
        <translation>&amp;Record progress</translation>
    </message>
    <message>
        <source>Record progress on the selected follow-up</source>
        <translation>Record progress on the selected follow-up</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Delete the selected records</source>
        <translation>Delete the selected records</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>Re&amp;store</translation>
    </message>
    <message>
        <source>Restore the selected deleted records</source>
        <translation>Restore the selected deleted records</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the follow-ups shown</source>
        <translation>Export the follow-ups shown</translation>
    </message>
    <message>
        <source>&amp;Brief…</source>
        <translation>&amp;Brief…</translation>
    </message>
    <message>
        <source>Meeting brief for the selected partner</source>
        <translation>Meeting brief for the selected partner</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Back up the database now</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Restore from bac&amp;kup…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restore the database from a backup</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>&amp;Check database</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Check the database</translation>
    </message>
    <message>
        <source>Periodic &amp;report…</source>
        <translation>Periodic &amp;report…</translation>
    </message>
    <message>
        <source>Periodic report of a period (.xlsx or PDF)</source>
        <translation>Periodic report of a period (.xlsx or PDF)</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo my last change</source>
        <translation>Undo my last change</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>The keyboard shortcuts of the window and the forms</source>
        <translation>The keyboard shortcuts of the window and the forms</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Export the partners shown</source>
        <translation>Export the partners shown</translation>
    </message>
    <message>
        <source>Export the meetings shown</source>
        <translation>Export the meetings shown</translation>
    </message>
    <message>
        <source>Export the agreements shown</source>
        <translation>Export the agreements shown</translation>
    </message>
    <message>
        <source>hptracker — {where} — {officer}</source>
        <translation>hptracker — {where} — {officer}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This record is deleted: restore it first to change it.</source>
        <translation>This record is deleted: restore it first to change it.</translation>
    </message>
    <message>
        <source>Progress recorded.</source>
        <translation>Progress recorded.</translation>
    </message>
    <message>
        <source>follow-up(s)</source>
        <translation>follow-up(s)</translation>
    </message>
    <message>
        <source>partner(s)</source>
        <translation>partner(s)</translation>
    </message>
    <message>
        <source>meeting(s)</source>
        <translation>meeting(s)</translation>
    </message>
    <message>
        <source>agreement(s)</source>
        <translation>agreement(s)</translation>
    </message>
    <message>
        <source>Delete {n} {what}? You can restore them later with “Show deleted”.</source>
        <translation>Delete {n} {what}? You can restore them later with “Show deleted”.</translation>
    </message>
    <message>
        <source>Deleted {n}.</source>
        <translation>Deleted {n}.</translation>
    </message>
    <message>
        <source>Restored {n}.</source>
        <translation>Restored {n}.</translation>
    </message>
    <message>
        <source>Select a partner, meeting, agreement or follow-up first.</source>
        <translation>Select a partner, meeting, agreement or follow-up first.</translation>
    </message>
    <message>
        <source>Progress typed on the Follow-ups page</source>
        <translation>Progress typed on the Follow-ups page</translation>
    </message>
    <message>
        <source>Open the window on {target} now? This window closes; hptracker opens that database from now on.</source>
        <translation>Open the window on {target} now? This window closes; hptracker opens that database from now on.</translation>
    </message>
    <message>
        <source>hptracker opens {target} when it starts next.</source>
        <translation>hptracker opens {target} when it starts next.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Edit meeting #{id}</source>
        <translation>Edit meeting #{id}</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Log a meeting</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Host unit:</source>
        <translation>&amp;Host unit:</translation>
    </message>
    <message>
        <source>name, position</source>
        <translation>name, position</translation>
    </message>
    <message>
        <source>&amp;Our lead:</source>
        <translation>&amp;Our lead:</translation>
    </message>
    <message>
        <source>in the original script</source>
        <translation>in the original script</translation>
    </message>
    <message>
        <source>Partner&apos;s h&amp;ead:</source>
        <translation>Partner&apos;s h&amp;ead:</translation>
    </message>
    <message>
        <source>romanised, with position</source>
        <translation>romanised, with position</translation>
    </message>
    <message>
        <source>Head (roma&amp;nised):</source>
        <translation>Head (roma&amp;nised):</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Attendees:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce:</translation>
    </message>
    <message>
        <source>Agreements signed at this meeting</source>
        <translation>Agreements signed at this meeting</translation>
    </message>
    <message>
        <source>Add a&amp;greement…</source>
        <translation>Add a&amp;greement…</translation>
    </message>
    <message>
        <source>Follow-ups raised at this meeting</source>
        <translation>Follow-ups raised at this meeting</translation>
    </message>
    <message>
        <source>Add follo&amp;w-up…</source>
        <translation>Add follo&amp;w-up…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose at least one partner.</source>
        <translation>Choose at least one partner.</translation>
    </message>
    <message>
        <source>Nothing was saved: {message}</source>
        <translation>Nothing was saved: {message}</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Host unit</translation>
    </message>
    <message>
        <source>Our lead</source>
        <translation>Our lead</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>NotesDialog</name>
    <message>
        <source>Brief on {partner}</source>
        <translation>Brief on {partner}</translation>
    </message>
    <message>
        <source>Your own notes for this meeting (optional); they are printed under the suggested talking points.</source>
        <translation>Your own notes for this meeting (optional); they are printed under the suggested talking points.</translation>
    </message>
    <message>
        <source>Officer notes</source>
        <translation>Officer notes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Preview the brief (Ctrl+Enter)</source>
        <translation>Preview the brief (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Close the notification</source>
        <translation>Close the notification</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Welcome to hptracker</source>
        <translation>Welcome to hptracker</translation>
    </message>
    <message>
        <source>Every change is recorded with the name of the officer who made it. Please type your name.</source>
        <translation>Every change is recorded with the name of the officer who made it. Please type your name.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Hoa</source>
        <translation>e.g. Nguyễn Thị Hoa</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Your name is required.</source>
        <translation>Your name is required.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>Edit partner #{id}</source>
        <translation>Edit partner #{id}</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>official Vietnamese form, e.g. Huyện Thượng Ngu</source>
        <translation>official Vietnamese form, e.g. Huyện Thượng Ngu</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <source>Nati&amp;ve name:</source>
        <translation>Nati&amp;ve name:</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>&amp;Aliases:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Country (ISO code):</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>&amp;Part of:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <source>Relationship &amp;since (year):</source>
        <translation>Relationship &amp;since (year):</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contacts of this partner</source>
        <translation>Contacts of this partner</translation>
    </message>
    <message>
        <source>A&amp;dd contact…</source>
        <translation>A&amp;dd contact…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ed&amp;it contact…</source>
        <translation>Ed&amp;it contact…</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Re&amp;move contact</translation>
    </message>
    <message>
        <source>&amp;Facts…</source>
        <translation>&amp;Facts…</translation>
    </message>
    <message>
        <source>Facts and figures about this partner</source>
        <translation>Facts and figures about this partner</translation>
    </message>
    <message>
        <source>Save the partner first, then add its contacts and facts.</source>
        <translation>Save the partner first, then add its contacts and facts.</translation>
    </message>
    <message>
        <source>Remove the contact “{name}” from this partner?</source>
        <translation>Remove the contact “{name}” from this partner?</translation>
    </message>
    <message>
        <source>A partner cannot be part of itself.</source>
        <translation>A partner cannot be part of itself.</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>type any name or alias: Thượng Ngu, Shangyu, 上虞…</source>
        <translation>type any name or alias: Thượng Ngu, Shangyu, 上虞…</translation>
    </message>
    <message>
        <source>No single partner matches “{text}”; pick one from the list.</source>
        <translation>No single partner matches “{text}”; pick one from the list.</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Native name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>{level} since {year}</source>
        <translation>{level} since {year}</translation>
    </message>
</context>
<context>
    <name>PlatformCheck</name>
    <message>
        <source>Without a desktop, use the command line (hptracker --help), e.g. hptracker list followups or hptracker export status.xlsx; make screenshots draws the window into PNG files.</source>
        <translation>Without a desktop, use the command line (hptracker --help), e.g. hptracker list followups or hptracker export status.xlsx; make screenshots draws the window into PNG files.</translation>
    </message>
    <message>
        <source>hptracker: Qt cannot open a window because some system libraries are missing. Install them with:
    {line}</source>
        <translation>hptracker: Qt cannot open a window because some system libraries are missing. Install them with:
    {line}</translation>
    </message>
    <message>
        <source>hptracker: the window needs a desktop session (a graphical login, or X11 forwarding with ssh -X); none was found here (DISPLAY is not set).</source>
        <translation>hptracker: the window needs a desktop session (a graphical login, or X11 forwarding with ssh -X); none was found here (DISPLAY is not set).</translation>
    </message>
    <message>
        <source>Install the missing libraries with:
    {line}</source>
        <translation>Install the missing libraries with:
    {line}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>The printer or PDF file cannot be opened for painting.</source>
        <translation>The printer or PDF file cannot be opened for painting.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>The printer refused a new page.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>No installed font can draw these characters; they would print as empty boxes: {chars}.</source>
        <translation>No installed font can draw these characters; they would print as empty boxes: {chars}.</translation>
    </message>
    <message>
        <source>Install a Chinese/Japanese/Korean font: on Debian or Ubuntu run “sudo apt-get install fonts-noto-cjk”; Windows and macOS include CJK fonts.</source>
        <translation>Install a Chinese/Japanese/Korean font: on Debian or Ubuntu run “sudo apt-get install fonts-noto-cjk”; Windows and macOS include CJK fonts.</translation>
    </message>
    <message>
        <source>Install a font that covers them (on Debian or Ubuntu: “sudo apt-get install fonts-noto”), or correct the text.</source>
        <translation>Install a font that covers them (on Debian or Ubuntu: “sudo apt-get install fonts-noto”), or correct the text.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Show </translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>Page &amp;order:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;per sheet:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Invalid Pages Definition</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Printer Properties</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Double Sided Printing</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Long side binding</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Short side binding</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressBar</name>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Go Back</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read-only: {reason} You can search, export and print briefs; changes are switched off.</source>
        <translation>Read-only: {reason} You can search, export and print briefs; changes are switched off.</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Read-only database</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Show &amp;deleted</source>
        <translation>Show &amp;deleted</translation>
    </message>
    <message>
        <source>Deleted records can be restored from here.</source>
        <translation>Deleted records can be restored from here.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Search partners by any name or alias (Ctrl+F)</source>
        <translation>Search partners by any name or alias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Search meetings: title, place, people, partner names (Ctrl+F)</source>
        <translation>Search meetings: title, place, people, partner names (Ctrl+F)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Search agreements: title, reference, partner names (Ctrl+F)</source>
        <translation>Search agreements: title, reference, partner names (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>{soon} due in the next {days} days, {overdue} newly overdue, {expiring} agreements expiring within 6 months.</source>
        <translation>{soon} due in the next {days} days, {overdue} newly overdue, {expiring} agreements expiring within 6 months.</translation>
    </message>
    <message>
        <source>Reminders — {date}</source>
        <translation>Reminders — {date}</translation>
    </message>
    <message>
        <source>Due in the next {days} days ({n})</source>
        <translation>Due in the next {days} days ({n})</translation>
    </message>
    <message>
        <source>Overdue since {date} ({n})</source>
        <translation>Overdue since {date} ({n})</translation>
    </message>
    <message>
        <source>Agreements expiring within 6 months ({n})</source>
        <translation>Agreements expiring within 6 months ({n})</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <source>was due {due}</source>
        <translation>was due {due}</translation>
    </message>
    <message>
        <source>expires {date}</source>
        <translation>expires {date}</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… and {n} more</translation>
    </message>
    <message>
        <source>Double-click an item to open it. How many days ahead to look is set in Settings.</source>
        <translation>Double-click an item to open it. How many days ahead to look is set in Settings.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>hptracker reminders</source>
        <translation>hptracker reminders</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Remind me of follow-ups due within</source>
        <translation>Remind me of follow-ups due within</translation>
    </message>
    <message>
        <source>Days ahead for reminders</source>
        <translation>Days ahead for reminders</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report on the follow-ups of foreign-affairs work</source>
        <translation>Report on the follow-ups of foreign-affairs work</translation>
    </message>
    <message>
        <source>Reporting period: from {start} to {cutoff}</source>
        <translation>Reporting period: from {start} to {cutoff}</translation>
    </message>
    <message>
        <source>Data cut-off date: {cutoff} (figures as the progress log stood on that day)</source>
        <translation>Data cut-off date: {cutoff} (figures as the progress log stood on that day)</translation>
    </message>
    <message>
        <source>Made on {date} by {officer}</source>
        <translation>Made on {date} by {officer}</translation>
    </message>
    <message>
        <source>Overdue at the cut-off date</source>
        <translation>Overdue at the cut-off date</translation>
    </message>
    <message>
        <source>Done late during the period</source>
        <translation>Done late during the period</translation>
    </message>
    <message>
        <source>Done on time during the period</source>
        <translation>Done on time during the period</translation>
    </message>
    <message>
        <source>Dropped during the period</source>
        <translation>Dropped during the period</translation>
    </message>
    <message>
        <source>Open within the deadline at the cut-off date</source>
        <translation>Open within the deadline at the cut-off date</translation>
    </message>
    <message>
        <source>Periodic report {start} to {cutoff}</source>
        <translation>Periodic report {start} to {cutoff}</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff}</source>
        <translation>Periodic report {start} – {cutoff}</translation>
    </message>
    <message>
        <source>Data as of {cutoff}</source>
        <translation>Data as of {cutoff}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>On-time rate = done on time / (done on time + done late + overdue).</source>
        <translation>On-time rate = done on time / (done on time + done late + overdue).</translation>
    </message>
    <message>
        <source>In scope: raised on or before the cut-off date, not deleted, and not done or dropped before the period began; carried over = raised before the period, new = raised during it.</source>
        <translation>In scope: raised on or before the cut-off date, not deleted, and not done or dropped before the period began; carried over = raised before the period, new = raised during it.</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Summary figures</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No follow-up is in scope for this period.</source>
        <translation>No follow-up is in scope for this period.</translation>
    </message>
    <message>
        <source>Figures by unit</source>
        <translation>Figures by unit</translation>
    </message>
    <message>
        <source>… and {n} more: the complete list is in the Excel report.</source>
        <translation>… and {n} more: the complete list is in the Excel report.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Dropped on</source>
        <translation>Dropped on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{n} days overdue</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <source>The follow-ups behind the figures</source>
        <translation>The follow-ups behind the figures</translation>
    </message>
    <message>
        <source>Changes during the period</source>
        <translation>Changes during the period</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Timeliness</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>PERIODIC REPORT</source>
        <translation>PERIODIC REPORT</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Periodic report written to {path}.</source>
        <translation>Periodic report written to {path}.</translation>
    </message>
    <message>
        <source>{n} characters that a spreadsheet cannot hold were replaced with �.</source>
        <translation>{n} characters that a spreadsheet cannot hold were replaced with �.</translation>
    </message>
    <message>
        <source>{n} notes too long for one cell were shortened (marked in the cell).</source>
        <translation>{n} notes too long for one cell were shortened (marked in the cell).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>Within deadline</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>Status changes</translation>
    </message>
    <message>
        <source>Due dates moved</source>
        <translation>Due dates moved</translation>
    </message>
    <message>
        <source> … [shortened: the whole text is in the follow-up&apos;s history in hptracker]</source>
        <translation> … [shortened: the whole text is in the follow-up&apos;s history in hptracker]</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status at the cut-off date</source>
        <translation>Status at the cut-off date</translation>
    </message>
    <message>
        <source>Done or dropped on</source>
        <translation>Done or dropped on</translation>
    </message>
    <message>
        <source>Carried over or new</source>
        <translation>Carried over or new</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Each figure is read from the progress log as it stood on the cut-off date: work recorded later does not change this report.</source>
        <translation>Each figure is read from the progress log as it stood on the cut-off date: work recorded later does not change this report.</translation>
    </message>
    <message>
        <source>Follow-ups in scope by outcome at the cut-off date</source>
        <translation>Follow-ups in scope by outcome at the cut-off date</translation>
    </message>
    <message>
        <source>Outcomes by unit at the cut-off date</source>
        <translation>Outcomes by unit at the cut-off date</translation>
    </message>
    <message>
        <source>On-time rate by unit</source>
        <translation>On-time rate by unit</translation>
    </message>
    <message>
        <source>New follow-ups</source>
        <translation>New follow-ups</translation>
    </message>
</context>
<context>
    <name>ReportUi</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the periodic report</source>
        <translation>Save the periodic report</translation>
    </message>
    <message>
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <source>The report states its period and its data cut-off date (the last day of the period). Its figures are read from the progress log as it stood on that day.</source>
        <translation>The report states its period and its data cut-off date (the last day of the period). Its figures are read from the progress log as it stood on that day.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (data cut-off date):</source>
        <translation>&amp;To (data cut-off date):</translation>
    </message>
    <message>
        <source>Excel workbook with charts (.xlsx)</source>
        <translation>Excel workbook with charts (.xlsx)</translation>
    </message>
    <message>
        <source>PDF for printing (A4)</source>
        <translation>PDF for printing (A4)</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Periodic report {start} – {cutoff} saved to {path} ({pages} pages).</source>
        <translation>Periodic report {start} – {cutoff} saved to {path} ({pages} pages).</translation>
    </message>
    <message>
        <source>Writing the periodic report {start} – {cutoff} to {name}…</source>
        <translation>Writing the periodic report {start} – {cutoff} to {name}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>The report failed because of an unexpected error: {error}</source>
        <translation>The report failed because of an unexpected error: {error}</translation>
    </message>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>The report was cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The current database is kept as a dated copy first, so a restore can itself be undone.</source>
        <translation>Choose the backup to put back. The current database is kept as a dated copy first, so a restore can itself be undone.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>an extra {kind} {name}</source>
        <translation>an extra {kind} {name}</translation>
    </message>
    <message>
        <source>no {kind} {name}</source>
        <translation>no {kind} {name}</translation>
    </message>
    <message>
        <source>a different {kind} {name}</source>
        <translation>a different {kind} {name}</translation>
    </message>
</context>
<context>
    <name>SearchEdit</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <source>Officer &amp;name:</source>
        <translation>Officer &amp;name:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Save settin&amp;gs</source>
        <translation>Save settin&amp;gs</translation>
    </message>
    <message>
        <source>Our units (hosts of meetings, owners of follow-ups)</source>
        <translation>Our units (hosts of meetings, owners of follow-ups)</translation>
    </message>
    <message>
        <source>Our units</source>
        <translation>Our units</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>name, e.g. Ban Quản lý Khu kinh tế Hải Phòng</source>
        <translation>name, e.g. Ban Quản lý Khu kinh tế Hải Phòng</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>abbreviation, e.g. HEZA</source>
        <translation>abbreviation, e.g. HEZA</translation>
    </message>
    <message>
        <source>&amp;Add unit</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <source>Rena&amp;me selected</source>
        <translation>Rena&amp;me selected</translation>
    </message>
    <message>
        <source>Succeeded &amp;by:</source>
        <translation>Succeeded &amp;by:</translation>
    </message>
    <message>
        <source>Succeeded by</source>
        <translation>Succeeded by</translation>
    </message>
    <message>
        <source>The unit that continues the selected unit&apos;s work, e.g. after a merger</source>
        <translation>The unit that continues the selected unit&apos;s work, e.g. after a merger</translation>
    </message>
    <message>
        <source>Save su&amp;ccessor</source>
        <translation>Save su&amp;ccessor</translation>
    </message>
    <message>
        <source>Meetings and follow-ups stay under the unit they were recorded with; after a merger, point the old unit to the one that continues its work.</source>
        <translation>Meetings and follow-ups stay under the unit they were recorded with; after a merger, point the old unit to the one that continues its work.</translation>
    </message>
    <message>
        <source>{unit} → {successor}</source>
        <translation>{unit} → {successor}</translation>
    </message>
    <message>
        <source>Succeeded by {successor}</source>
        <translation>Succeeded by {successor}</translation>
    </message>
    <message>
        <source>Succeeded by {successor}; the current unit is {current}</source>
        <translation>Succeeded by {successor}; the current unit is {current}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{unit} (deleted)</source>
        <translation>{unit} (deleted)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>{unit} cannot be succeeded by {successor}: the succession would go round in a circle ({chain}) and no unit would be the current one. Nothing was changed.</source>
        <translation>{unit} cannot be succeeded by {successor}: the succession would go round in a circle ({chain}) and no unit would be the current one. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>In a form: go to a field</source>
        <translation>In a form: go to a field</translation>
    </message>
    <message>
        <source>Alt+the underlined letter</source>
        <translation>Alt+the underlined letter</translation>
    </message>
    <message>
        <source>In a search box: go to the results</source>
        <translation>In a search box: go to the results</translation>
    </message>
    <message>
        <source>In a date: pick it on a calendar</source>
        <translation>In a date: pick it on a calendar</translation>
    </message>
    <message>
        <source>In a drop-down list: open it, choose with Enter</source>
        <translation>In a drop-down list: open it, choose with Enter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every shortcut works wherever the cursor is in the window, a search box included.</source>
        <translation>Every shortcut works wherever the cursor is in the window, a search box included.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The damaged file will be kept as a copy in the backups folder.</source>
        <translation>The damaged file will be kept as a copy in the backups folder.</translation>
    </message>
    <message>
        <source>Restore newest backup ({moment})</source>
        <translation>Restore newest backup ({moment})</translation>
    </message>
    <message>
        <source>This database: {current}.
The newest backup ({moment}): {kept}.
Restoring replaces this database with the backup; this database is then kept as a dated copy in the backups folder.</source>
        <translation>This database: {current}.
The newest backup ({moment}): {kept}.
Restoring replaces this database with the backup; this database is then kept as a dated copy in the backups folder.</translation>
    </message>
    <message>
        <source>Keep this database</source>
        <translation>Keep this database</translation>
    </message>
    <message>
        <source>Restore the backup of {moment}…</source>
        <translation>Restore the backup of {moment}…</translation>
    </message>
    <message>
        <source>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</source>
        <translation>{partners} partners, {meetings} meetings, {agreements} agreements, {followups} follow-ups</translation>
    </message>
    <message>
        <source>There is no backup to compare it with.</source>
        <translation>There is no backup to compare it with.</translation>
    </message>
    <message>
        <source>No good backup of it was found.</source>
        <translation>No good backup of it was found.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>The automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This half year</source>
        <translation>This half year</translation>
    </message>
    <message>
        <source>Last half year</source>
        <translation>Last half year</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Click a number to list the follow-ups behind it.</source>
        <translation>Click a number to list the follow-ups behind it.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outcomes by group</source>
        <translation>Outcomes by group</translation>
    </message>
    <message>
        <source>No follow-up is in scope for this period.</source>
        <translation>No follow-up is in scope for this period.</translation>
    </message>
    <message>
        <source>{group}: {figure} {n} — click to list them</source>
        <translation>{group}: {figure} {n} — click to list them</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>Raised on</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status at the cut-off date</source>
        <translation>Status at the cut-off date</translation>
    </message>
    <message>
        <source>Done or dropped on</source>
        <translation>Done or dropped on</translation>
    </message>
    <message>
        <source>Follow-ups behind the figure</source>
        <translation>Follow-ups behind the figure</translation>
    </message>
    <message>
        <source>Double-click a follow-up to open it.</source>
        <translation>Double-click a follow-up to open it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Cut-off date</source>
        <translation>Cut-off date</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>Fr&amp;om:</translation>
    </message>
    <message>
        <source>&amp;To (cut-off):</source>
        <translation>&amp;To (cut-off):</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Group by</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Group by:</translation>
    </message>
    <message>
        <source>Perio&amp;dic report…</source>
        <translation>Perio&amp;dic report…</translation>
    </message>
    <message>
        <source>Figures by group</source>
        <translation>Figures by group</translation>
    </message>
    <message>
        <source>Period {start} – {cutoff}, figures as of the cut-off date {cutoff}</source>
        <translation>Period {start} – {cutoff}, figures as of the cut-off date {cutoff}</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>{n} follow-ups in scope; on-time rate {rate}. Click a number or a bar to list the follow-ups behind it.</source>
        <translation>{n} follow-ups in scope; on-time rate {rate}. Click a number or a bar to list the follow-ups behind it.</translation>
    </message>
    <message>
        <source>all groups</source>
        <translation>all groups</translation>
    </message>
    <message>
        <source>{figure} — {group}, {start} – {cutoff}</source>
        <translation>{figure} — {group}, {start} – {cutoff}</translation>
    </message>
    <message>
        <source>Listing the follow-ups…</source>
        <translation>Listing the follow-ups…</translation>
    </message>
    <message>
        <source>{n} follow-ups listed.</source>
        <translation>{n} follow-ups listed.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation>Carried over</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Open within deadline</source>
        <translation>Open within deadline</translation>
    </message>
    <message>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>(no partner)</source>
        <translation>(no partner)</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(no officer)</translation>
    </message>
    <message>
        <source>A period needs a start date and a cut-off date.</source>
        <translation>A period needs a start date and a cut-off date.</translation>
    </message>
    <message>
        <source>The period starts on {start}, after its cut-off date {cutoff}.</source>
        <translation>The period starts on {start}, after its cut-off date {cutoff}.</translation>
    </message>
    <message>
        <source>The cut-off date {cutoff} is in the future; the figures are known up to today, {today}.</source>
        <translation>The cut-off date {cutoff} is in the future; the figures are known up to today, {today}.</translation>
    </message>
    <message>
        <source>Unknown grouping “{by}”; use one of: {known}.</source>
        <translation>Unknown grouping “{by}”; use one of: {known}.</translation>
    </message>
    <message>
        <source>Unknown figure “{figure}”.</source>
        <translation>Unknown figure “{figure}”.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file {path} is not an hptracker database or is damaged; it has been left untouched.</source>
        <translation>The file {path} is not an hptracker database or is damaged; it has been left untouched.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>The database file {path} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is incomplete: the file has been cut short. It has been left untouched.</source>
        <translation>The database {path} is incomplete: the file has been cut short. It has been left untouched.</translation>
    </message>
    <message>
        <source>The database {path} is busy in another program; try again in a moment.</source>
        <translation>The database {path} is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The database {path} is damaged (SQLite&apos;s check found broken pages). It has been left untouched.</source>
        <translation>The database {path} is damaged (SQLite&apos;s check found broken pages). It has been left untouched.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of hptracker (schema {rev}); please update the program. The database has not been changed.</source>
        <translation>This database was written by a newer version of hptracker (schema {rev}); please update the program. The database has not been changed.</translation>
    </message>
    <message>
        <source>“{url}” is neither a database file nor a database URL hptracker can read.</source>
        <translation>“{url}” is neither a database file nor a database URL hptracker can read.</translation>
    </message>
    <message>
        <source>hptracker does not know the kind of database “{kind}” in {url}; use a database file or a postgresql:// URL.</source>
        <translation>hptracker does not know the kind of database “{kind}” in {url}; use a database file or a postgresql:// URL.</translation>
    </message>
    <message>
        <source>The driver for {url} is not installed ({module}); install it, or use a database file.</source>
        <translation>The driver for {url} is not installed ({module}); install it, or use a database file.</translation>
    </message>
    <message>
        <source>hptracker was not closed properly on {path} and the journal file ({wal}) holding its latest changes has since disappeared, so those changes may be lost; the database has been opened as it is.</source>
        <translation>hptracker was not closed properly on {path} and the journal file ({wal}) holding its latest changes has since disappeared, so those changes may be lost; the database has been opened as it is.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written here (the file or its folder is read-only); it may only be read.</source>
        <translation>The database {path} cannot be written here (the file or its folder is read-only); it may only be read.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <source>Cannot create the database {path}: {reason}.</source>
        <translation>Cannot create the database {path}: {reason}.</translation>
    </message>
    <message>
        <source>The database {path} is empty although it held records before. It has been left untouched.</source>
        <translation>The database {path} is empty although it held records before. It has been left untouched.</translation>
    </message>
    <message>
        <source>The file {path} holds another program&apos;s data (tables: {tables}), not an hptracker database; it has been left untouched.</source>
        <translation>The file {path} holds another program&apos;s data (tables: {tables}), not an hptracker database; it has been left untouched.</translation>
    </message>
    <message>
        <source>The database {path} is open for reading only here; nothing was written.</source>
        <translation>The database {path} is open for reading only here; nothing was written.</translation>
    </message>
    <message>
        <source>The database {path} must first be upgraded to this version of hptracker, which needs to write to it, but the file or its folder is read-only here.</source>
        <translation>The database {path} must first be upgraded to this version of hptracker, which needs to write to it, but the file or its folder is read-only here.</translation>
    </message>
    <message>
        <source>The database {path} has not been set up or upgraded for this version yet; open it once in the window (or run a command that writes, such as `hptracker demo`) first.</source>
        <translation>The database {path} has not been set up or upgraded for this version yet; open it once in the window (or run a command that writes, such as `hptracker demo`) first.</translation>
    </message>
    <message>
        <source>Cannot write to the database {path}: check that the folder exists and is writable.</source>
        <translation>Cannot write to the database {path}: check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was saved.</source>
        <translation>The disk holding {path} is full; nothing was saved.</translation>
    </message>
    <message>
        <source>The database {path} cannot be used: {reason}.</source>
        <translation>The database {path} cannot be used: {reason}.</translation>
    </message>
    <message>
        <source>Cannot lock the database {path}: {reason}. Keep the database on a local disk.</source>
        <translation>Cannot lock the database {path}: {reason}. Keep the database on a local disk.</translation>
    </message>
    <message>
        <source>The lock file {path} is a link or not a plain file, so hptracker will not write to it; remove it and try again (the database has not been changed).</source>
        <translation>The lock file {path} is a link or not a plain file, so hptracker will not write to it; remove it and try again (the database has not been changed).</translation>
    </message>
    <message>
        <source>Cannot use the database {path}: its folder is not writable ({reason}).</source>
        <translation>Cannot use the database {path}: its folder is not writable ({reason}).</translation>
    </message>
    <message>
        <source>hptracker is already open on this database (by PID {pid}); close it first. The database has not been changed.</source>
        <translation>hptracker is already open on this database (by PID {pid}); close it first. The database has not been changed.</translation>
    </message>
    <message>
        <source>hptracker is already open on this database in another program; close it first. The database has not been changed.</source>
        <translation>hptracker is already open on this database in another program; close it first. The database has not been changed.</translation>
    </message>
</context>
<context>
    <name>TagEdit</name>
    <message>
        <source>type and press Enter; commas separate</source>
        <translation>type and press Enter; commas separate</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>hptracker</source>
        <translation>hptracker</translation>
    </message>
    <message>
        <source>The work stopped because of an unexpected error: {error}</source>
        <translation>The work stopped because of an unexpected error: {error}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today, {date} — {officer}</source>
        <translation>Today, {date} — {officer}</translation>
    </message>
    <message>
        <source>Overdue
{n}</source>
        <translation>Overdue
{n}</translation>
    </message>
    <message>
        <source>Overdue ({n})</source>
        <translation>Overdue ({n})</translation>
    </message>
    <message>
        <source>Due in the next 30 days ({n})</source>
        <translation>Due in the next 30 days ({n})</translation>
    </message>
    <message>
        <source>Awaiting the partner ({n})</source>
        <translation>Awaiting the partner ({n})</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>due {due}</translation>
    </message>
    <message>
        <source>overdue by {n} days</source>
        <translation>overdue by {n} days</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <source>… and {n} more in Follow-ups</source>
        <translation>… and {n} more in Follow-ups</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Latest progress</translation>
    </message>
    <message>
        <source>No progress recorded yet.</source>
        <translation>No progress recorded yet.</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The two databases do not have the same tables and columns ({tables}); nothing was copied.</source>
        <translation>The two databases do not have the same tables and columns ({tables}); nothing was copied.</translation>
    </message>
    <message>
        <source>After copying, the number of rows differs from the source in {tables}; nothing was copied.</source>
        <translation>After copying, the number of rows differs from the source in {tables}; nothing was copied.</translation>
    </message>
    <message>
        <source>There is no hptracker database at {target}.</source>
        <translation>There is no hptracker database at {target}.</translation>
    </message>
    <message>
        <source>The database {target} uses an older schema; open it once with this version of hptracker (which upgrades it after a backup), then copy it.</source>
        <translation>The database {target} uses an older schema; open it once with this version of hptracker (which upgrades it after a backup), then copy it.</translation>
    </message>
    <message>
        <source>The database {target} already holds records ({what}); hptracker copies or restores only into an empty database, so nothing was changed.</source>
        <translation>The database {target} already holds records ({what}); hptracker copies or restores only into an empty database, so nothing was changed.</translation>
    </message>
    <message>
        <source>The copy of {target} failed its check ({problems}); it was not kept.</source>
        <translation>The copy of {target} failed its check ({problems}); it was not kept.</translation>
    </message>
    <message>
        <source>{path} appeared while the copy was being made; nothing was changed.</source>
        <translation>{path} appeared while the copy was being made; nothing was changed.</translation>
    </message>
    <message>
        <source>{source} and {dest} are the same database; nothing was copied.</source>
        <translation>{source} and {dest} are the same database; nothing was copied.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>fact</source>
        <translation>fact</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>creation of {record} #{id}</source>
        <translation>creation of {record} #{id}</translation>
    </message>
    <message>
        <source>edit of {record} #{id}</source>
        <translation>edit of {record} #{id}</translation>
    </message>
    <message>
        <source>progress entry on {record} #{id}</source>
        <translation>progress entry on {record} #{id}</translation>
    </message>
    <message>
        <source>deletion of {record} #{id}</source>
        <translation>deletion of {record} #{id}</translation>
    </message>
    <message>
        <source>restoring of {record} #{id}</source>
        <translation>restoring of {record} #{id}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Undo {step}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Undone: {step}.</source>
        <translation>Undone: {step}.</translation>
    </message>
</context>
<context>
    <name>UnitItems</name>
    <message>
        <source>{unit} (now {successor})</source>
        <translation>{unit} (now {successor})</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <source>The officer&apos;s name is required.</source>
        <translation>The officer&apos;s name is required.</translation>
    </message>
    <message>
        <source>{record} #{id} does not exist.</source>
        <translation>{record} #{id} does not exist.</translation>
    </message>
    <message>
        <source>Unknown category “{code}”.</source>
        <translation>Unknown category “{code}”.</translation>
    </message>
    <message>
        <source>A partner cannot be its own parent, directly or through others.</source>
        <translation>A partner cannot be its own parent, directly or through others.</translation>
    </message>
    <message>
        <source>Only government bodies have a level.</source>
        <translation>Only government bodies have a level.</translation>
    </message>
    <message>
        <source>No partner matches “{text}”.</source>
        <translation>No partner matches “{text}”.</translation>
    </message>
    <message>
        <source>“{text}” matches several partners ({names}); give the ID.</source>
        <translation>“{text}” matches several partners ({names}); give the ID.</translation>
    </message>
    <message>
        <source>A meeting needs at least one partner.</source>
        <translation>A meeting needs at least one partner.</translation>
    </message>
    <message>
        <source>An agreement needs at least one partner.</source>
        <translation>An agreement needs at least one partner.</translation>
    </message>
    <message>
        <source>A unit cannot succeed itself, directly or through other units.</source>
        <translation>A unit cannot succeed itself, directly or through other units.</translation>
    </message>
    <message>
        <source>A partner cannot succeed itself, directly or through other partners.</source>
        <translation>A partner cannot succeed itself, directly or through other partners.</translation>
    </message>
    <message>
        <source>An agreement cannot succeed itself, directly or through other agreements.</source>
        <translation>An agreement cannot succeed itself, directly or through other agreements.</translation>
    </message>
    <message>
        <source>The expiry date is before the effective date.</source>
        <translation>The expiry date is before the effective date.</translation>
    </message>
    <message>
        <source>Due: unknown precision “{value}”.</source>
        <translation>Due: unknown precision “{value}”.</translation>
    </message>
    <message>
        <source>Due: “{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</source>
        <translation>Due: “{value}” is not a due date (dd/mm/yyyy, mm/yyyy, Q3/2024 or 2024).</translation>
    </message>
    <message>
        <source>{contact} is not a contact of this follow-up&apos;s partner.</source>
        <translation>{contact} is not a contact of this follow-up&apos;s partner.</translation>
    </message>
    <message>
        <source>Date: a progress entry cannot be dated in the future.</source>
        <translation>Date: a progress entry cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Write a note or choose a new status.</source>
        <translation>Write a note or choose a new status.</translation>
    </message>
    <message>
        <source>{record} #{id} was changed meanwhile; nothing was saved.</source>
        <translation>{record} #{id} was changed meanwhile; nothing was saved.</translation>
    </message>
    <message>
        <source>A fact belongs to a partner or a country, not both.</source>
        <translation>A fact belongs to a partner or a country, not both.</translation>
    </message>
    <message>
        <source>Value is required.</source>
        <translation>Value is required.</translation>
    </message>
    <message>
        <source>Files: “{path}” is not a regular file but {kind}; attach the document itself.</source>
        <translation>Files: “{path}” is not a regular file but {kind}; attach the document itself.</translation>
    </message>
    <message>
        <source>Files: a file path is empty.</source>
        <translation>Files: a file path is empty.</translation>
    </message>
    <message>
        <source>Files: cannot read “{path}”: {reason}.</source>
        <translation>Files: cannot read “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Files: “{value}” is not a SHA-256 digest.</source>
        <translation>Files: “{value}” is not a SHA-256 digest.</translation>
    </message>
    <message>
        <source>The change breaks a rule of the database ({rule}); nothing was saved.</source>
        <translation>The change breaks a rule of the database ({rule}); nothing was saved.</translation>
    </message>
    <message>
        <source>{field} is too long (at most {limit} characters).</source>
        <translation>{field} is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date (dd/mm/yyyy).</source>
        <translation>{field}: “{value}” is not a date (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time (hh:mm).</source>
        <translation>{field}: “{value}” is not a time (hh:mm).</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number.</source>
        <translation>{field}: “{value}” is not a whole number.</translation>
    </message>
    <message>
        <source>{field}: {value} is not a plausible year.</source>
        <translation>{field}: {value} is not a plausible year.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a number.</source>
        <translation>{field}: “{value}” is not a number.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of: {allowed}.</source>
        <translation>{field}: “{value}” is not one of: {allowed}.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a two-letter country code (ISO 3166).</source>
        <translation>{field}: “{value}” is not a two-letter country code (ISO 3166).</translation>
    </message>
    <message>
        <source>Files: “{path}” is not a file path.</source>
        <translation>Files: “{path}” is not a file path.</translation>
    </message>
    <message>
        <source>Files: “{path}” is a link, not a file on this computer.</source>
        <translation>Files: “{path}” is a link, not a file on this computer.</translation>
    </message>
</context>
</TS>
