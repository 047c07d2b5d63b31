<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>board, leads, contacts, followups, referrals, dashboard, imports, welcome, lead:ID, contact:ID, ...</source>
        <translation>board, leads, contacts, followups, referrals, dashboard, imports, welcome, lead:ID, contact:ID, ...</translation>
    </message>
    <message>
        <source>PNG file to write</source>
        <translation>tallennettava PNG-tiedosto</translation>
    </message>
    <message>
        <source>window size, e.g. 1440x900</source>
        <translation>ikkunan koko, esim. 1440x900</translation>
    </message>
    <message>
        <source>--size must look like 1440x900, not {size}</source>
        <translation>--size annetaan muodossa 1440x900, ei {size}</translation>
    </message>
    <message>
        <source>--size must be from {min} to {max} pixels, not {size}</source>
        <translation>--size-koon pitää olla {min}–{max} pikseliä, ei {size}</translation>
    </message>
    <message>
        <source>render a view to a PNG file</source>
        <translation>tallenna näkymä PNG-kuvaksi</translation>
    </message>
</context>
</TS>
