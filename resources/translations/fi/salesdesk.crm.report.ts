<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Report</name>
    <message>
        <source>the beginning</source>
        <translation>alusta</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tähän päivään</translation>
    </message>
    <message>
        <source>Sales report {span}</source>
        <translation>Myyntiraportti {span}</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Vastuuhenkilö: {name}</translation>
    </message>
    <message>
        <source>Leads created</source>
        <translation>Uudet liidit</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Voitetut kaupat</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Voitettu arvo</translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation>Keskikauppa</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>Sales cycle, median days</source>
        <translation>Myyntisykli, mediaani päivinä</translation>
    </message>
    <message>
        <source>Sales cycle, average days</source>
        <translation>Myyntisykli, keskiarvo päivinä</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>Asiakaspysyvyys</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Tehdyt seurannat</translation>
    </message>
    <message>
        <source>Follow-ups overdue now</source>
        <translation>Myöhässä olevat seurannat nyt</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>By stage (leads created in the period, where they are now)</source>
        <translation>Vaiheittain (jakson uudet liidit ja missä ne ovat nyt)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Painotettu</translation>
    </message>
    <message>
        <source>Disqualified (not on the board)</source>
        <translation>Hylätyt (eivät myyntiputkessa)</translation>
    </message>
    <message>
        <source>Funnel conversion</source>
        <translation>Myyntiputken konversio</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Saavutti</translation>
    </message>
    <message>
        <source>Of all</source>
        <translation>Kaikista</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Edellisestä</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Lähteittäin</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitettu</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>By import batch</source>
        <translation>Tuontierittäin</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Tuontierä</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kustannus</translation>
    </message>
    <message>
        <source>Cost per won</source>
        <translation>Kustannus / kauppa</translation>
    </message>
    <message>
        <source>Time in stage (days)</source>
        <translation>Aika vaiheessa (päivää)</translation>
    </message>
    <message>
        <source>Stays ended</source>
        <translation>Päättyneet jaksot</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <source>Waiting on average</source>
        <translation>Odottanut keskimäärin</translation>
    </message>
    <message>
        <source>Weighted forecast by expected close month</source>
        <translation>Painotettu ennuste arvioidun sulkemiskuukauden mukaan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Suosittelijat</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Suositellut</translation>
    </message>
</context>
</TS>
