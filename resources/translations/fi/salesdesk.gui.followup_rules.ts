<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>FollowUpRulesDialog</name>
    <message>
        <source>Automatic next steps</source>
        <translation>Automaattiset jatkotoimet</translation>
    </message>
    <message>
        <source>days</source>
        <translation>päivää</translation>
    </message>
    <message>
        <source>After a won deal, ask for a referral</source>
        <translation>Voitetun kaupan jälkeen pyydä suosittelua</translation>
    </message>
    <message>
        <source>Call the customer after</source>
        <translation>Soita asiakkaalle, kun on kulunut</translation>
    </message>
    <message>
        <source>A new lead without a follow-up gets a first contact</source>
        <translation>Uusi liidi ilman seurantaa saa ensikontaktin</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>arkipäivää</translation>
    </message>
    <message>
        <source>at</source>
        <translation>klo</translation>
    </message>
    <message>
        <source>Hot: after</source>
        <translation>Kuuma: kun kulunut</translation>
    </message>
    <message>
        <source>Warm: within</source>
        <translation>Lämmin: enintään</translation>
    </message>
    <message>
        <source>Cold: in</source>
        <translation>Kylmä: kun kulunut</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Kellonaika</translation>
    </message>
    <message>
        <source>calls a day</source>
        <translation>soittoa päivässä</translation>
    </message>
    <message>
        <source>all at the same time</source>
        <translation>kaikki samaan aikaan</translation>
    </message>
    <message>
        <source>The first calls of an import are spread over the working day and the next days.</source>
        <translation>Tuonnin ensimmäiset soitot jaetaan työpäivän ja seuraavien päivien ajalle.</translation>
    </message>
    <message>
        <source>After an import, at most</source>
        <translation>Tuonnin jälkeen enintään</translation>
    </message>
    <message>
        <source>A deal lost to a competitor always gets a revisit call on its revisit date. Weekends are skipped.</source>
        <translation>Kilpailijalle hävitty kauppa saa aina uudelleenyhteydenoton sovittuna päivänä. Viikonloput ohitetaan.</translation>
    </message>
</context>
</TS>
