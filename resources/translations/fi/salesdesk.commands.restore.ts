<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>backup file to restore</source>
        <translation>palautettava varmuuskopiotiedosto</translation>
    </message>
    <message>
        <source>Restored {source}</source>
        <translation>Palautettu: {source}</translation>
    </message>
    <message>
        <source>Restored {source}; the previous data was saved to {kept}</source>
        <translation>Palautettu {source}; aiemmat tiedot tallennettiin tiedostoon {kept}</translation>
    </message>
    <message>
        <source>restore the database from a backup</source>
        <translation>palauta tietokanta varmuuskopiosta</translation>
    </message>
</context>
</TS>
