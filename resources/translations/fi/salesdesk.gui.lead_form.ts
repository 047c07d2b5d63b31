<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadForm</name>
    <message>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <source>Detail: event, list, campaign…</source>
        <translation>Tarkenne: tapahtuma, lista, kampanja…</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. vip, fair 2026</source>
        <translation>Pilkuilla erotettuna, esim. vip, messut 2026</translation>
    </message>
    <message>
        <source>Type a name to find a contact, or a new name</source>
        <translation>Kirjoita nimi etsiäksesi kontaktin, tai uusi nimi</translation>
    </message>
    <message>
        <source>The contact who referred this lead</source>
        <translation>Kontakti, joka suositteli tätä liidiä</translation>
    </message>
    <message>
        <source>Referrals are not available in this version.</source>
        <translation>Suosittelut eivät ole käytettävissä tässä versiossa.</translation>
    </message>
    <message>
        <source>Suggested: {t}</source>
        <translation>Ehdotus: {t}</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>Lead {id} no longer exists.</source>
        <translation>Liidiä {id} ei enää ole.</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>Uusi liidi</translation>
    </message>
    <message>
        <source>Shown once saved</source>
        <translation>Näytetään tallennuksen jälkeen</translation>
    </message>
    <message>
        <source>{score} / 100</source>
        <translation>{score} / 100</translation>
    </message>
    <message>
        <source>A new contact “{name}” is created when you save.</source>
        <translation>Uusi kontakti ”{name}” luodaan tallennettaessa.</translation>
    </message>
    <message>
        <source>Choose or type the contact of this lead.</source>
        <translation>Valitse tai kirjoita liidin kontakti.</translation>
    </message>
    <message>
        <source>Lead: {name}[*]</source>
        <translation>Liidi: {name}[*]</translation>
    </message>
    <message>
        <source>Choose the contact of this lead.</source>
        <translation>Valitse liidin kontakti.</translation>
    </message>
    <message>
        <source>Pick the referrer from the list of contacts.</source>
        <translation>Valitse suosittelija kontaktien luettelosta.</translation>
    </message>
    <message>
        <source>Lead saved.</source>
        <translation>Liidi tallennettu.</translation>
    </message>
    <message>
        <source>Save the changes to this lead?</source>
        <translation>Tallennetaanko liidin muutokset?</translation>
    </message>
    <message>
        <source>Call {name}</source>
        <translation>Soita: {name}</translation>
    </message>
    <message>
        <source>There is no stage for this in the funnel settings.</source>
        <translation>Myyntiputken asetuksissa ei ole tähän sopivaa vaihetta.</translation>
    </message>
    <message>
        <source>Give a lead number: lead:ID</source>
        <translation>Anna liidin numero: lead:ID</translation>
    </message>
</context>
</TS>
