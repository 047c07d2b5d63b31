<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ComingPage</name>
    <message>
        <source>Sales volume, win rate, conversion by source and the forecast.</source>
        <translation>Myynti, voittoprosentti, konversio lähteittäin ja ennuste.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Dashboard</source>
        <translation>Kojelauta</translation>
    </message>
</context>
</TS>
