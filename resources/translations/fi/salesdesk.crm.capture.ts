<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Capture</name>
    <message>
        <source>Give the event&apos;s name first.</source>
        <translation>Anna ensin tapahtuman nimi.</translation>
    </message>
    <message>
        <source>Give the visitor&apos;s name or company.</source>
        <translation>Anna kävijän nimi tai yritys.</translation>
    </message>
    <message>
        <source>Choose hot, warm or cold.</source>
        <translation>Valitse kuuma, lämmin tai kylmä.</translation>
    </message>
    <message>
        <source>Call {name} ({event})</source>
        <translation>Soita: {name} ({event})</translation>
    </message>
    <message>
        <source>E-mail {name} after {event}</source>
        <translation>Sähköposti: {name} ({event} jälkeen)</translation>
    </message>
    <message>
        <source>Nurture {name}: send material ({event})</source>
        <translation>Hoivaa: {name}, lähetä materiaalia ({event})</translation>
    </message>
</context>
</TS>
