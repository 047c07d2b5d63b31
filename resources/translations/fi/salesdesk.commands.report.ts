<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>Not a date: {text} (write 2026-11-27 or 27.11.2026)</source>
        <translation>Ei päivämäärä: {text} (kirjoita 27.11.2026 tai 2026-11-27)</translation>
    </message>
    <message>
        <source>first day (2026-01-31 or 31.1.2026)</source>
        <translation>ensimmäinen päivä (31.1.2026 tai 2026-01-31)</translation>
    </message>
    <message>
        <source>last day, included</source>
        <translation>viimeinen päivä (mukaan lukien)</translation>
    </message>
    <message>
        <source>this month, quarter, year or the last 12 months (instead of --from/--to)</source>
        <translation>kuluva kuukausi, neljännes, vuosi tai viimeiset 12 kuukautta (--from/--to sijaan)</translation>
    </message>
    <message>
        <source>only this owner&apos;s leads</source>
        <translation>vain tämän vastuuhenkilön liidit</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>Give either --period or --from/--to, not both.</source>
        <translation>Anna joko --period tai --from/--to, ei molempia.</translation>
    </message>
    <message>
        <source>The period ends before it starts: {start} &gt; {end}.</source>
        <translation>Jakso päättyy ennen kuin se alkaa: {start} &gt; {end}.</translation>
    </message>
    <message>
        <source>No owner called {name}.</source>
        <translation>Vastuuhenkilöä {name} ei löydy.</translation>
    </message>
    <message>
        <source>print the sales figures (KPIs) for a period</source>
        <translation>tulosta jakson myynnin tunnusluvut (KPI)</translation>
    </message>
</context>
</TS>
