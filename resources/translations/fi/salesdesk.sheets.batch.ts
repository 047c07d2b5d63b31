<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>Country: {value}</source>
        <extracomment>Contact columns an import may write (besides name, kind and organization_id). per-row decisions from the preview: row index → policy (or &quot;skip&quot;) import rows of erased people anyway (off: they are skipped and counted as flagged) a name in the sheet&apos;s owner column that is no team member: &quot;create&quot; makes them one (listed in ``ImportResult.new_owners``); else the name (or initials) of the member who gets those leads. Never dropped silently. rows whose data went into an existing contact or an earlier row of the file (so that created + merged + skipped + rejected = rows_read; ``updated`` counts contacts changed) team members made for names in the sheet&apos;s owner column (see ``unknown_owners``) rows whose e-mail or phone belonged to an erased person: never re-created &quot;Referred by&quot; values linked to an existing contact / kept in the notes first-contact follow-ups planned for the created leads (0 when the rule is off) what was left out of the rows that were not rejected (a date that is no date, a spreadsheet error cell, a value that is no amount, ...): row and column named</extracomment>
        <translation>Maa: {value}</translation>
    </message>
    <message>
        <source>No salesperson called “{name}”.</source>
        <translation>Myyjää ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>Unknown lawful basis “{value}”; use one of: {codes}</source>
        <translation>Tuntematon käsittelyperuste ”{value}”; käytä jotakin näistä: {codes}</translation>
    </message>
    <message>
        <source>Cost: {problem}.</source>
        <translation>Kustannus: {problem}.</translation>
    </message>
    <message>
        <source>No funnel stage called “{name}”.</source>
        <translation>Myyntiputkessa ei ole vaihetta ”{name}”.</translation>
    </message>
    <message>
        <source>Unknown duplicate policy “{policy}”; use skip, update, overwrite or create.</source>
        <translation>Tuntematon kaksoiskappaleiden käsittely ”{policy}”; käytä skip, update, overwrite tai create.</translation>
    </message>
    <message>
        <source>The disk is full: the import was not saved and nothing was written. Free some space and import again.</source>
        <translation>Levy on täynnä: tuontia ei tallennettu eikä mitään kirjoitettu. Vapauta tilaa ja tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Tuonti peruttiin; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>This person&apos;s data was erased at their request; the row was not imported.</source>
        <translation>Tämän henkilön tiedot on poistettu hänen pyynnöstään; riviä ei tuotu.</translation>
    </message>
    <message>
        <source>Referred by: {name}</source>
        <translation>Suosittelija: {name}</translation>
    </message>
    <message>
        <source>No contact matches the referrer “{name}”; it was kept in the lead&apos;s notes.</source>
        <translation>Suosittelijaa ”{name}” vastaavaa yhteystietoa ei löytynyt; nimi jätettiin liidin muistiinpanoihin.</translation>
    </message>
    <message>
        <source>There is no import batch {id}.</source>
        <translation>Tuontia {id} ei ole.</translation>
    </message>
    <message>
        <source>Import batch {id} was already undone.</source>
        <translation>Tuonti {id} on jo peruttu.</translation>
    </message>
    <message>
        <source>{count} records were edited after the import ({names}); undo anyway to discard those edits.</source>
        <translation>{count} tietoa on muokattu tuonnin jälkeen ({names}); peru silti, jos haluat hylätä muokkaukset.</translation>
    </message>
    <message>
        <source>Save the rejected rows to a .xlsx file, not {name}.</source>
        <translation>Tallenna hylätyt rivit .xlsx-tiedostoon, ei tiedostoon {name}.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Hylätyt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
</context>
</TS>
