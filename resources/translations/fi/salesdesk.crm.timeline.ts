<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Timeline</name>
    <message>
        <source>Planned {kind}: {title}</source>
        <translation>Suunniteltu ({kind}): {title}</translation>
    </message>
    <message>
        <source>Done {kind}: {title}</source>
        <translation>Tehty ({kind}): {title}</translation>
    </message>
    <message>
        <source>Cancelled {kind}: {title}</source>
        <translation>Peruttu ({kind}): {title}</translation>
    </message>
    <message>
        <source>Created in {stage}</source>
        <translation>Luotu vaiheeseen {stage}</translation>
    </message>
    <message>
        <source>Moved from {old} to {new}</source>
        <translation>Siirretty: {old} → {new}</translation>
    </message>
    <message>
        <source>Imported from {file} (import {id})</source>
        <translation>Tuotu tiedostosta {file} (tuonti {id})</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Suosittelija: {name}</translation>
    </message>
    <message>
        <source>Revives lost lead {id}</source>
        <translation>Herättää henkiin hävityn liidin {id}</translation>
    </message>
</context>
</TS>
