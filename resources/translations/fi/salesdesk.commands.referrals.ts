<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Cli</name>
    <message>
        <source>print JSON</source>
        <translation>tulosta JSON</translation>
    </message>
    <message>
        <source>one row per referrer with their figures</source>
        <translation>rivi suosittelijaa kohden lukuineen</translation>
    </message>
    <message>
        <source>the referral chains as trees</source>
        <translation>suositteluketjut puuna</translation>
    </message>
    <message>
        <source>only referrals made on or after this day (2026-01-31 or 31.1.2026)</source>
        <translation>vain tänä päivänä tai sen jälkeen tehdyt suosittelut (2026-01-31 tai 31.1.2026)</translation>
    </message>
    <message>
        <source>only referrals made on or before this day</source>
        <translation>vain tänä päivänä tai sitä ennen tehdyt suosittelut</translation>
    </message>
    <message>
        <source>Not a date: {text} (write 2026-01-31 or 31.1.2026)</source>
        <translation>Ei päivämäärä: {text} (kirjoita 2026-01-31 tai 31.1.2026)</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since on myöhemmin kuin --until.</translation>
    </message>
    <message>
        <source>No referrals yet.</source>
        <translation>Ei vielä suositteluja.</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Suosittelija</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Suositeltu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Voitetut</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hävityt</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Voitettu arvo</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversio</translation>
    </message>
    <message>
        <source>Last referral</source>
        <translation>Viimeisin suosittelu</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Kiitos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>{count} not thanked</source>
        <translation>{count} kiittämättä</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>asiakas</translation>
    </message>
    <message>
        <source>list referrals, referrers&apos; figures or referral chains</source>
        <translation>listaa suosittelut, suosittelijoiden luvut tai suositteluketjut</translation>
    </message>
</context>
</TS>
