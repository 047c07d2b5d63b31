<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version {version}</source>
        <translation>Versio {version}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Tietokanta: {name}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>&amp;Team members…</source>
        <translation>&amp;Myyjät…</translation>
    </message>
    <message>
        <source>Add, rename or deactivate the people who sell</source>
        <translation>Lisää, nimeä uudelleen tai poista käytöstä myyjiä</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as FI or SE.</source>
        <translation>Käytä kaksikirjaimista maakoodia, esim. FI tai SE.</translation>
    </message>
</context>
</TS>
