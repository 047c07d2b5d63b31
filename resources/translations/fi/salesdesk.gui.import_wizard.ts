<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ImportWizard</name>
    <message>
        <source>New</source>
        <extracomment>background work of a closed wizard, kept alive until it ends</extracomment>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Päivitys</translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation>Kaksoiskappale tiedostossa</translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation>Todennäköinen kaksoiskappale</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Virheellinen</translation>
    </message>
    <message>
        <source>Update empty fields only</source>
        <translation>Täydennä vain tyhjät kentät</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Luo silti</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Import sheet</source>
        <extracomment>per-row decisions from the preview&apos;s context menu: row index → policy</extracomment>
        <translation>Tuo taulukko</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <source>Excel (xlsx, xlsm, xls), OpenDocument (ods) or CSV. Nothing is written before the last step.</source>
        <translation>Excel (xlsx, xlsm, xls), OpenDocument (ods) tai CSV. Mitään ei tallenneta ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Taulukot (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Sheet and header row</source>
        <translation>Taulukko ja otsikkorivi</translation>
    </message>
    <message>
        <source>The first sheet that looks like data is proposed; the header row is found below any title rows.</source>
        <translation>Ehdotuksena on ensimmäinen taulukko, jossa on tietoja; otsikkorivi haetaan mahdollisten otsikkorivien alta.</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <source>Header row:</source>
        <translation>Otsikkorivi:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Each column goes to a field. The mapping is remembered for sheets with the same headers.</source>
        <translation>Jokainen sarake viedään kenttään. Valinta muistetaan taulukoille, joissa on samat otsikot.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Put the columns that are not mapped into the contact&apos;s notes</source>
        <translation>Vie sarakkeet, joille ei ole kenttää, yhteystiedon lisätietoihin</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— ei tuoda —</translation>
    </message>
    <message>
        <source>Map at least one column to a field.</source>
        <translation>Valitse kenttä ainakin yhdelle sarakkeelle.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Esikatselu</translation>
    </message>
    <message>
        <source>Every row sorted into new, update, duplicate and invalid. Problem cells are marked; hover for the reason.</source>
        <translation>Jokainen rivi on jaoteltu uusiin, päivityksiin, kaksoiskappaleisiin ja virheellisiin. Ongelmasolut on merkitty; syy näkyy, kun osoitat solua.</translation>
    </message>
    <message>
        <source>Invalid rows are not imported. Double-click a marked cell to correct it, or open “Fix row…” (Enter) to correct any cell of the row; the row moves to its group when it is valid.</source>
        <translation>Virheellisiä rivejä ei tuoda. Korjaa merkitty solu kaksoisnapsauttamalla sitä, tai avaa ”Korjaa rivi…” (Enter) ja korjaa mikä tahansa rivin solu. Kun rivi on kunnossa, se siirtyy omaan ryhmäänsä.</translation>
    </message>
    <message>
        <source>&amp;Fix row…</source>
        <translation>&amp;Korjaa rivi…</translation>
    </message>
    <message>
        <source>Correct any cell of the selected row and check it again</source>
        <translation>Korjaa valitun rivin soluja ja tarkista rivi uudelleen</translation>
    </message>
    <message>
        <source>Reading and checking every row…</source>
        <extracomment>rows by duplicate-detection key, to classify a fixed row alone (built with the analysis) bumped by every fix; a background re-check of an older generation is thrown away the full re-classification run by the worker (a test may slow it down) counts and first rows of each group, kept up to date row by row</extracomment>
        <translation>Luetaan ja tarkistetaan jokainen rivi…</translation>
    </message>
    <message>
        <source>{rows} rows: {new} new, {update} updates, {dup} duplicates in the file, {likely} likely duplicates, {invalid} invalid.</source>
        <translation>{rows} riviä: {new} uutta, {update} päivitystä, {dup} kaksoiskappaletta tiedostossa, {likely} todennäköistä kaksoiskappaletta, {invalid} virheellistä.</translation>
    </message>
    <message>
        <source>Checking the other rows for duplicates of the fixed rows…</source>
        <translation>Tarkistetaan, onko muissa riveissä korjattujen rivien kaksoiskappaleita…</translation>
    </message>
    <message>
        <source>Erased people, skipped ({n})</source>
        <translation>Poistetut henkilöt, ohitettu ({n})</translation>
    </message>
    <message>
        <source>{n} rows belong to people whose data was erased at their request; they will not be imported.</source>
        <translation>{n} riviä kuuluu henkilöille, joiden tiedot on poistettu heidän pyynnöstään; niitä ei tuoda.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Include the columns hidden in the sheet</source>
        <translation>Myös taulukossa piilotetut sarakkeet</translation>
    </message>
    <message>
        <source>Columns hidden in the spreadsheet usually hold the seller&apos;s helper data. They go to the notes only when this is checked; a hidden column mapped to a field is imported.</source>
        <translation>Taulukossa piilotetuissa sarakkeissa on yleensä listan myyjän aputietoja. Ne viedään lisätietoihin vain, kun tämä on valittuna; kenttään yhdistetty piilotettu sarake tuodaan aina.</translation>
    </message>
    <message>
        <source>This column is hidden in the spreadsheet. It is imported only if you map it to a field.</source>
        <translation>Tämä sarake on piilotettu taulukossa. Se tuodaan vain, jos yhdistät sen kenttään.</translation>
    </message>
    <message>
        <source>{name} (hidden in the sheet)</source>
        <translation>{name} (piilotettu taulukossa)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>This row: {decision}</source>
        <translation>Tämä rivi: {decision}</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>sama sähköposti</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>sama puhelinnumero</translation>
    </message>
    <message>
        <source>same business ID</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <source>similar name at the same organization</source>
        <translation>samankaltainen nimi samassa organisaatiossa</translation>
    </message>
    <message>
        <source>Matches row {row}</source>
        <translation>Vastaa riviä {row}</translation>
    </message>
    <message>
        <source>Matches contact #{id}</source>
        <translation>Vastaa yhteystietoa #{id}</translation>
    </message>
    <message>
        <source>Right-click a row to decide for that row alone: skip it, create it anyway …</source>
        <translation>Napsauta riviä hiiren oikealla painikkeella, niin voit päättää vain siitä: ohita tai luo silti …</translation>
    </message>
    <message>
        <source>Row {row} was checked again: still invalid ({problems}).</source>
        <translation>Rivi {row} tarkistettiin uudelleen: edelleen virheellinen ({problems}).</translation>
    </message>
    <message>
        <source>Row {row} is fixed and moved to “{group}”.</source>
        <translation>Rivi {row} on korjattu ja siirretty ryhmään ”{group}”.</translation>
    </message>
    <message>
        <source>Row {row} was checked again: “{group}”.</source>
        <translation>Rivi {row} tarkistettiin uudelleen: ”{group}”.</translation>
    </message>
    <message>
        <source>Fix row…</source>
        <translation>Korjaa rivi…</translation>
    </message>
    <message>
        <source>As the group decides</source>
        <translation>Kuten ryhmälle on valittu</translation>
    </message>
    <message>
        <source>The batch</source>
        <translation>Tuontierä</translation>
    </message>
    <message>
        <source>Where these leads came from, who owns them and where they start in the funnel.</source>
        <translation>Mistä liidit tulivat, kenen ne ovat ja mistä myyntiputken vaiheesta ne alkavat.</translation>
    </message>
    <message>
        <source>— choose where they came from —</source>
        <translation>— valitse, mistä he tulivat —</translation>
    </message>
    <message>
        <source>e.g. Teollisuusmessut 2026, or the list&apos;s vendor</source>
        <translation>esim. Teollisuusmessut 2026 tai listan myyjä</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>pilkuilla eroteltuina</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— ei asetettu —</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Oikeutettu etu</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Suostumus</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Tarkenne:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Omistaja:</translation>
    </message>
    <message>
        <source>Starting stage:</source>
        <translation>Aloitusvaihe:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tunnisteet:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kustannus:</translation>
    </message>
    <message>
        <source>Lawful basis (purchased lists):</source>
        <translation>Käsittelyperuste (ostetut listat):</translation>
    </message>
    <message>
        <source>Add them as team members</source>
        <translation>Lisää heidät myyjiksi</translation>
    </message>
    <message>
        <source>or give their leads to:</source>
        <translation>tai anna heidän liidinsä myyjälle:</translation>
    </message>
    <message>
        <source>Suggested: {reason} Check it before you import.</source>
        <translation>Ehdotus: {reason} Tarkista ennen tuontia.</translation>
    </message>
    <message>
        <source>The sheet does not say where these people came from: choose it.</source>
        <translation>Taulukosta ei selviä, mistä nämä ihmiset tulivat: valitse lähde.</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Minä</translation>
    </message>
    <message>
        <source>Round-robin</source>
        <translation>Vuorotellen</translation>
    </message>
    <message>
        <source>Import: {new} new, {updated} updated</source>
        <translation>Tuo: {new} uutta, {updated} päivitettyä</translation>
    </message>
    <message>
        <source>Import 1 lead</source>
        <translation>Tuo 1 liidi</translation>
    </message>
    <message>
        <source>Import {n} leads</source>
        <translation>Tuo {n} liidiä</translation>
    </message>
    <message>
        <source>The sheet&apos;s owner column names people who are not team members yet: {names}.</source>
        <translation>Taulukon myyjäsarakkeessa on nimiä, jotka eivät vielä ole myyjiä: {names}.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Tallenna hylätyt rivit…</translation>
    </message>
    <message>
        <source>Open these leads</source>
        <translation>Avaa nämä liidit</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <source>{done} / {total} rows, {rate} rows/s, about {left} s left</source>
        <translation>{done} / {total} riviä, {rate} riviä/s, noin {left} s jäljellä</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be written.</source>
        <translation>Perutaan… mitään ei tallenneta.</translation>
    </message>
    <message>
        <source>Done: {rows} rows read. Created {created}; merged into a contact {merged} ({updated} contacts updated); skipped {skipped}; rejected {rejected}.</source>
        <translation>Valmis: luettiin {rows} riviä. Luotiin {created}; yhdistettiin kontaktiin {merged} ({updated} kontaktia päivitettiin); ohitettiin {skipped}; hylättiin {rejected}.</translation>
    </message>
    <message>
        <source>{n} rows of erased people were not imported.</source>
        <translation>{n} poistettujen henkilöiden riviä jätettiin tuomatta.</translation>
    </message>
    <message>
        <source>Referrers linked: {linked}; not found (kept in the notes): {missing}.</source>
        <translation>Suosittelijoita yhdistetty: {linked}; ei löytynyt (jätetty muistiinpanoihin): {missing}.</translation>
    </message>
    <message>
        <source>New team members from the sheet: {names}.</source>
        <translation>Taulukosta lisätyt uudet myyjät: {names}.</translation>
    </message>
    <message>
        <source>First-contact follow-ups planned: {n}.</source>
        <translation>Ensimmäisen yhteydenoton seurantoja suunniteltu: {n}.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Tallenna hylätyt rivit</translation>
    </message>
</context>
</TS>
