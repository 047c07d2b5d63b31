<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>{name} could not be read: it is damaged or not a spreadsheet.</source>
        <translation>Tiedostoa {name} ei voitu lukea: se on vioittunut tai se ei ole taulukko.</translation>
    </message>
    <message>
        <source>{name} has no rows to import.</source>
        <translation>Tiedostossa {name} ei ole tuotavia rivejä.</translation>
    </message>
    <message>
        <source>{name} has no sheet {sheet}; its sheets are: {sheets}</source>
        <translation>Tiedostossa {name} ei ole taulukkoa {sheet}; sen taulukot ovat: {sheets}</translation>
    </message>
    <message>
        <source>This row has a quotation mark (&quot;) that is never closed; it was read up to the end of its line. Check the row.</source>
        <translation>Rivillä on sulkematon lainausmerkki (&quot;); rivi luettiin vain tekstirivinsä loppuun. Tarkista rivi.</translation>
    </message>
    <message>
        <source>This row was not saved as UTF-8 like the rest of the file; it was read as {encoding}. Check its letters (ä, ö, å).</source>
        <translation>Tätä riviä ei ole tallennettu UTF-8-muodossa kuten muuta tiedostoa; se luettiin merkistöllä {encoding}. Tarkista sen kirjaimet (ä, ö, å).</translation>
    </message>
    <message>
        <source>{name} could not be read as CSV: {problem}</source>
        <translation>Tiedostoa {name} ei voitu lukea CSV-muodossa: {problem}</translation>
    </message>
</context>
</TS>
