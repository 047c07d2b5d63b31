<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export per sales rep</source>
        <extracomment>The lists a view exports by default, by view key.</extracomment>
        <translation>Vienti myyjittäin</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Everything the view shows (its filters applied)</source>
        <translation>Kaikki näkymässä näkyvät (suodattimet huomioiden)</translation>
    </message>
    <message>
        <source>Only the selected rows ({n})</source>
        <translation>Vain valitut rivit ({n})</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listat</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
    <message>
        <source>Several lists go to separate sheets of one workbook.</source>
        <translation>Useampi lista menee saman työkirjan eri välilehdille.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-työkirja (.xlsx)</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>CSV-teksti (.csv)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) with decimal comma, for Finnish Excel</source>
        <translation>Puolipiste ( ; ) ja desimaalipilkku, suomenkieliselle Excelille</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Erotin:</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte order mark (Excel reads ä and ö right)</source>
        <translation>Alkuun UTF-8-tunniste (BOM), jotta Excel lukee ä:t ja ö:t oikein</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Tallenna nimellä:</translation>
    </message>
    <message>
        <source>SalesDesk contacts</source>
        <translation>SalesDesk yhteystiedot</translation>
    </message>
    <message>
        <source>SalesDesk follow-ups</source>
        <translation>SalesDesk seurannat</translation>
    </message>
    <message>
        <source>SalesDesk leads</source>
        <translation>SalesDesk liidit</translation>
    </message>
    <message>
        <source>A .csv file holds one list; choose .xlsx for several.</source>
        <translation>CSV-tiedostoon mahtuu yksi lista; valitse useammalle .xlsx.</translation>
    </message>
    <message>
        <source>Choose at least one list to export.</source>
        <translation>Valitse vähintään yksi vietävä lista.</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} liidiä</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} yhteystietoa</translation>
    </message>
    <message>
        <source>{n} follow-ups</source>
        <translation>{n} seurantaa</translation>
    </message>
    <message>
        <source>One workbook per sales rep with their leads and open follow-ups.</source>
        <translation>Jokaiselle myyjälle oma työkirja: hänen liidinsä ja avoimet seurantansa.</translation>
    </message>
    <message>
        <source>{owner}: {leads} leads, {followups} follow-ups</source>
        <translation>{owner}: {leads} liidiä, {followups} seurantaa</translation>
    </message>
    <message>
        <source>No sales rep has leads or follow-ups to hand out.</source>
        <translation>Kenelläkään myyjällä ei ole liidejä tai seurantoja jaettavaksi.</translation>
    </message>
    <message>
        <source>To export: {what}.</source>
        <translation>Vietävänä: {what}.</translation>
    </message>
    <message>
        <source>Folder for the hand-outs</source>
        <translation>Kansio myyjien listoille</translation>
    </message>
    <message>
        <source>CSV text (*.csv)</source>
        <translation>CSV-teksti (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Vie tiedostoon</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Valitse, mihin vienti tallennetaan.</translation>
    </message>
    <message>
        <source>{done} / {total} rows</source>
        <translation>{done} / {total} riviä</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Wrote {n} hand-outs to {folder}</source>
        <translation>Kirjoitettiin {n} myyjän listaa kansioon {folder}</translation>
    </message>
    <message>
        <source>Exported {n} rows to {path}</source>
        <translation>Vietiin {n} riviä tiedostoon {path}</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Vienti epäonnistui: {error}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
</context>
</TS>
