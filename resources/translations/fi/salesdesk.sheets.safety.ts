<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Import</name>
    <message>
        <source>{name} could not be read: it is damaged or not a spreadsheet.</source>
        <extracomment>A zip container (xlsx, xlsm, ods) may not expand to more than this... ...nor may a large member expand more than this many times its compressed size. CSV files larger than this are refused (they are read into memory).</extracomment>
        <translation>Tiedostoa {name} ei voitu lukea: se on vioittunut tai se ei ole taulukko.</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Open it in Excel, remove the password, save it and import it again.</source>
        <translation>{name} on suojattu salasanalla. Avaa se Excelissä, poista salasana, tallenna ja tuo uudelleen.</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <translation>Tiedostoa ei löydy: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be read: permission denied.</source>
        <translation>Tiedostoa {path} ei voi lukea: ei käyttöoikeutta.</translation>
    </message>
    <message>
        <source>The file name is too long for the file system: {path}</source>
        <translation>Tiedoston nimi on liian pitkä tiedostojärjestelmälle: {path}</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}</source>
        <translation>Tiedostoa {path} ei voi lukea: {reason}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} on kansio, ei tiedosto.</translation>
    </message>
    <message>
        <source>{path} is not a file (it is a device, a pipe or a socket).</source>
        <translation>{path} ei ole tiedosto (se on laite, putki tai pistoke).</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name to save to.</source>
        <translation>{path} on kansio; anna tiedoston nimi, johon tallennetaan.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: {folder} is a file, not a folder.</source>
        <translation>Kohteeseen {path} ei voi tallentaa: {folder} on tiedosto, ei kansio.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: the folder {folder} does not exist.</source>
        <translation>Kohteeseen {path} ei voi tallentaa: kansiota {folder} ei ole.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: permission denied.</source>
        <translation>Kohteeseen {path} ei voi tallentaa: ei kirjoitusoikeutta.</translation>
    </message>
    <message>
        <source>Cannot save to {path}: {reason}</source>
        <translation>Kohteeseen {path} ei voi tallentaa: {reason}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} on tyhjä.</translation>
    </message>
    <message>
        <source>{name} is locked by a document-protection tool and cannot be read. Save an unprotected copy and import that.</source>
        <translation>{name} on lukittu asiakirjasuojausohjelmalla, eikä sitä voi lukea. Tallenna suojaamaton kopio ja tuo se.</translation>
    </message>
    <message>
        <source>{name} is not a spreadsheet or a CSV file.</source>
        <translation>{name} ei ole taulukko eikä CSV-tiedosto.</translation>
    </message>
    <message>
        <source>{name} is too large to import (more than {rows} rows or {columns} columns). Split it into smaller files.</source>
        <translation>{name} on liian suuri tuotavaksi (yli {rows} riviä tai {columns} saraketta). Jaa se pienempiin tiedostoihin.</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to far more data than a spreadsheet holds (a possible zip bomb).</source>
        <translation>{name} hylättiin: se purkautuisi paljon suuremmaksi kuin taulukko voi olla (mahdollinen zip-pommi).</translation>
    </message>
</context>
</TS>
