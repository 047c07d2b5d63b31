<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Timeline</name>
    <message>
        <source>Planned {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled {kind}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in {stage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {file} (import {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revives lost lead {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
