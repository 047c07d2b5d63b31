<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>The screenshot file must end in .png: {path}</source>
        <translation>Kuvakaappaustiedoston nimen pitää päättyä .png: {path}</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Kansiota {folder} ei ole olemassa.</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {views}</source>
        <translation>Tuntematon näkymä {view}; valitse jokin näistä: {views}</translation>
    </message>
    <message>
        <source>The {view} view is not available yet.</source>
        <translation>Näkymä {view} ei ole vielä käytettävissä.</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa</translation>
    </message>
</context>
</TS>
