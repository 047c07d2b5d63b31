<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Board</name>
    <message>
        <source>Temperature: {t}</source>
        <translation>Lämpötila: {t}</translation>
    </message>
    <message>
        <source>Source: {s}</source>
        <translation>Lähde: {s}</translation>
    </message>
    <message>
        <source>Stale: no activity for a while and nothing planned ahead</source>
        <translation>Jumissa: ei tapahtumia vähään aikaan eikä mitään suunniteltuna</translation>
    </message>
    <message>
        <source>No next step planned</source>
        <translation>Seuraavaa askelta ei ole suunniteltu</translation>
    </message>
</context>
</TS>
