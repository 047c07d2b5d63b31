<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Export</name>
    <message>
        <source>Cannot write in the folder {folder}: {reason}</source>
        <extracomment>Characters an xlsx file cannot hold (XML 1.0); they are dropped. A csv text that may hold a guarded cell: an apostrophe followed by a risky first character. A temporary file of ours that has not changed for this long is left over (seconds). This process&apos;s temporary files in use, kept fresh by ``keep_alive``.</extracomment>
        <translation>Kansioon {folder} ei voi kirjoittaa: {reason}</translation>
    </message>
    <message>
        <source>The file name {name} is too long; choose a shorter name.</source>
        <translation>Tiedoston nimi {name} on liian pitkä; valitse lyhyempi nimi.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} on tiedosto eikä kansio.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Cannot write in the folder {folder}.</source>
        <translation>Kansioon {folder} ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>{path} is a folder; give a file name.</source>
        <translation>{path} on kansio; anna tiedoston nimi.</translation>
    </message>
    <message>
        <source>{name} is open in another program; close it and export again.</source>
        <translation>{name} on auki toisessa ohjelmassa; sulje se ja vie uudelleen.</translation>
    </message>
    <message>
        <source>{path} is read-only.</source>
        <translation>{path} on vain luku -tilassa.</translation>
    </message>
    <message>
        <source>The disk is full: {path} was not saved. Free some space and try again.</source>
        <translation>Levy on täynnä: tiedostoa {path} ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi tallentaa: {reason}</translation>
    </message>
</context>
</TS>
