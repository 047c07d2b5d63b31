<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>StagesDialog</name>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>To be deleted when you save: {names}</source>
        <translation>Poistetaan tallennettaessa: {names}</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>There is no other stage to move the leads to.</source>
        <translation>Ei ole muuta vaihetta, johon liidit voisi siirtää.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Poista {name}</translation>
    </message>
    <message>
        <source>{name} holds {n} leads. Move them to:</source>
        <translation>Vaiheessa {name} on {n} liidiä. Siirrä ne vaiheeseen:</translation>
    </message>
</context>
</TS>
