<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>A sortable, filterable table of every lead, with bulk actions.</source>
        <translation>Kaikki liidit lajiteltavana ja suodatettavana taulukkona, joukkotoiminnoin.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
</context>
</TS>
