<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>Row {row} is not in the sheet; it has {count} rows.</source>
        <extracomment>Row statuses, in the order the preview shows them. leave duplicate detection to ``batch.run_import`` (which checks the database too) keep the sheet&apos;s cells of rows with warnings too, not only of invalid rows (the wizard&apos;s preview, where any row with a problem can be fixed)</extracomment>
        <translation>Riviä {row} ei ole taulukossa; siinä on {count} riviä.</translation>
    </message>
    <message>
        <source>{name}: no header row with column names was found.</source>
        <translation>{name}: sarakkeiden nimiä sisältävää otsikkoriviä ei löytynyt.</translation>
    </message>
    <message>
        <source>Unknown field “{field}” in the mapping; known fields: {fields}</source>
        <translation>Tuntematon kenttä ”{field}” sarakemäärittelyssä; kentät ovat: {fields}</translation>
    </message>
    <message>
        <source>{name} has no rows to import.</source>
        <translation>Tiedostossa {name} ei ole tuotavia rivejä.</translation>
    </message>
    <message>
        <source>{name}: none of the columns could be matched to contact fields (name, e-mail, phone, organization …).</source>
        <translation>{name}: yhtäkään saraketta ei voitu yhdistää yhteystiedon kenttään (nimi, sähköposti, puhelin, organisaatio …).</translation>
    </message>
    <message>
        <source>{name}, sheet “{sheet}”: there are no data rows below the header, nothing to import.</source>
        <translation>{name}, taulukko ”{sheet}”: otsikon alla ei ole tietorivejä, ei tuotavaa.</translation>
    </message>
    <message>
        <source>Other e-mails: {values}</source>
        <translation>Muut sähköpostit: {values}</translation>
    </message>
    <message>
        <source>Other phones: {values}</source>
        <translation>Muut puhelinnumerot: {values}</translation>
    </message>
    <message>
        <source>Row {row}: no name, organization, e-mail or phone; nothing to import</source>
        <translation>Rivi {row}: ei nimeä, organisaatiota, sähköpostia eikä puhelinta; ei tuotavaa</translation>
    </message>
</context>
</TS>
