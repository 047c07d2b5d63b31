<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>Coming soon: this view is not built yet.</source>
        <translation>Tulossa pian: tätä näkymää ei ole vielä tehty.</translation>
    </message>
</context>
</TS>
