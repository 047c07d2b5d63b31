<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>xlsx, xlsm, xls, ods, csv, tsv or txt file</source>
        <translation>xlsx-, xlsm-, xls-, ods-, csv-, tsv- tai txt-tiedosto</translation>
    </message>
    <message>
        <source>the sheet to import (default: the first with data)</source>
        <translation>tuotava taulukko (oletus: ensimmäinen, jossa on tietoja)</translation>
    </message>
    <message>
        <source>the header&apos;s row number (default: found automatically)</source>
        <translation>otsikkorivin numero (oletus: haetaan automaattisesti)</translation>
    </message>
    <message>
        <source>JSON object: column header → field (or null to ignore)</source>
        <translation>JSON-olio: sarakeotsikko → kenttä (tai null, jos ohitetaan)</translation>
    </message>
    <message>
        <source>where the leads came from, e.g. trade_show, purchased_list (default: what the sheet suggests, else purchased_list)</source>
        <translation>mistä liidit tulivat, esim. trade_show, purchased_list (oletus: taulukon perusteella ehdotettu, muuten purchased_list)</translation>
    </message>
    <message>
        <source>e.g. the fair&apos;s name or the list&apos;s vendor</source>
        <translation>esim. messujen nimi tai listan myyjä</translation>
    </message>
    <message>
        <source>owner of the new leads (default: you)</source>
        <translation>uusien liidien omistaja (oletus: sinä)</translation>
    </message>
    <message>
        <source>starting stage of the new leads (default: the first)</source>
        <translation>uusien liidien aloitusvaihe (oletus: ensimmäinen)</translation>
    </message>
    <message>
        <source>tag the new leads (repeatable)</source>
        <translation>lisää uusille liideille tunniste (voi toistaa)</translation>
    </message>
    <message>
        <source>what the list or event cost (for ROI)</source>
        <translation>listan tai tapahtuman hinta (tuottolaskelmaa varten)</translation>
    </message>
    <message>
        <source>lawful basis for a purchased list</source>
        <translation>ostetun listan käsittelyperuste</translation>
    </message>
    <message>
        <source>names in the sheet&apos;s owner column that are no team member: add them (default) or give their leads to NAME</source>
        <translation>taulukon myyjäsarakkeen nimet, jotka eivät ole myyjiä: lisää heidät (oletus) tai anna heidän liidinsä myyjälle NIMI</translation>
    </message>
    <message>
        <source>what to do with contacts that already exist (default: update empty fields)</source>
        <translation>mitä tehdään jo olemassa oleville yhteystiedoille (oletus: täydennetään tyhjät kentät)</translation>
    </message>
    <message>
        <source>show what would happen; write nothing</source>
        <translation>näytä, mitä tapahtuisi; älä tallenna mitään</translation>
    </message>
    <message>
        <source>save the rejected rows with an error column</source>
        <translation>tallenna hylätyt rivit virhesarakkeen kanssa</translation>
    </message>
    <message>
        <source>also copy the unmapped columns that are hidden in the sheet into the notes (default: left out)</source>
        <translation>kopioi myös taulukossa piilotetut sarakkeet, joille ei ole kenttää, lisätietoihin (oletus: jätetään pois)</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>Unknown source “{value}”; use one of: {codes}</source>
        <translation>Tuntematon lähde ”{value}”; käytä jotakin näistä: {codes}</translation>
    </message>
    <message>
        <source>Cannot read the mapping file {path}: {reason}</source>
        <translation>Sarakemäärittelyä {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>The mapping file must hold one JSON object: column header → field name.</source>
        <translation>Sarakemäärittelyn pitää olla yksi JSON-olio: sarakeotsikko → kentän nimi.</translation>
    </message>
    <message>
        <source>--header-row counts from 1.</source>
        <translation>--header-row lasketaan ykkösestä.</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}” (header on row {row}): {read} rows read, {created} created, {updated} updated, {dups} duplicates, {skipped} skipped, {rejected} rejected.</source>
        <translation>{file}, taulukko ”{sheet}” (otsikko rivillä {row}): luettiin {read} riviä, luotiin {created}, päivitettiin {updated}, kaksoiskappaleita {dups}, ohitettiin {skipped}, hylättiin {rejected}.</translation>
    </message>
    <message>
        <source>Hidden columns not imported: {columns} (to import one, map it with --mapping).</source>
        <translation>Piilotettuja sarakkeita ei tuotu: {columns} (tuo sarake yhdistämällä se kenttään valitsimella --mapping).</translation>
    </message>
    <message>
        <source>{n} rows belong to people whose data was erased at their request; they were not imported.</source>
        <translation>{n} riviä kuului henkilöille, joiden tiedot on poistettu heidän pyynnöstään; niitä ei tuotu.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Kuivaharjoitus: mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>Import batch {id}; undo it with: salesdesk undo-import {id}</source>
        <translation>Tuonti {id}; peru se komennolla: salesdesk undo-import {id}</translation>
    </message>
    <message>
        <source>{option}: the text is not valid UTF-8; type it again or save it as UTF-8.</source>
        <translation>{option}: teksti ei ole kelvollista UTF-8:aa; kirjoita se uudelleen tai tallenna UTF-8-muodossa.</translation>
    </message>
    <message>
        <source>import contacts and leads from a spreadsheet or CSV file</source>
        <translation>tuo yhteystietoja ja liidejä taulukosta tai CSV-tiedostosta</translation>
    </message>
</context>
</TS>
