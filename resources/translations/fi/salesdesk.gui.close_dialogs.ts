<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LostDialog</name>
    <message>
        <source>Mark as lost: {lead}</source>
        <translation>Merkitse hävityksi: {lead}</translation>
    </message>
    <message>
        <source>Mark {n} leads as lost</source>
        <translation>Merkitse {n} liidiä hävityiksi</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> ja {n} muuta</translation>
    </message>
    <message>
        <source>Why was {names} lost?</source>
        <translation>Miksi {names} hävittiin?</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Valitse syy…</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Re&amp;visit on:</source>
        <translation>&amp;Palaa asiaan:</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Mitä tapahtui? (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Muistiinpano:</translation>
    </message>
    <message>
        <source>Mark lost</source>
        <translation>Merkitse hävityksi</translation>
    </message>
    <message>
        <source>Choose why the deal was lost.</source>
        <translation>Valitse, miksi kauppa hävittiin.</translation>
    </message>
    <message>
        <source>A call is planned for the revisit date, to win them back.</source>
        <translation>Paluupäivälle suunnitellaan soitto asiakkaan takaisin voittamiseksi.</translation>
    </message>
    <message>
        <source>The lead is discarded: it leaves the open funnel for good.</source>
        <translation>Liidi hylätään: se poistuu avoimesta myyntiputkesta pysyvästi.</translation>
    </message>
    <message>
        <source>The lead stays in the lost column; you can revive it later.</source>
        <translation>Liidi jää Hävityt-sarakkeeseen; voit herättää sen henkiin myöhemmin.</translation>
    </message>
</context>
<context>
    <name>WonDialog</name>
    <message>
        <source>Mark as won: {lead}</source>
        <translation>Merkitse voitetuksi: {lead}</translation>
    </message>
    <message>
        <source>Mark {n} leads as won</source>
        <translation>Merkitse {n} liidiä voitetuiksi</translation>
    </message>
    <message>
        <source>Congratulations! Confirm the value of the deal and the close date.</source>
        <translation>Onnittelut! Vahvista kaupan arvo ja päivä.</translation>
    </message>
    <message>
        <source>Congratulations! Confirm the values of the {n} deals and the close date.</source>
        <translation>Onnittelut! Vahvista {n} kaupan arvot ja kaupan päivä.</translation>
    </message>
    <message>
        <source>Value in {currency}</source>
        <translation>Arvo ({currency})</translation>
    </message>
    <message>
        <source>Value ({currency}):</source>
        <translation>Arvo ({currency}):</translation>
    </message>
    <message>
        <source>&amp;Close date:</source>
        <translation>&amp;Kaupan päivä:</translation>
    </message>
    <message>
        <source>Plan an &quot;ask for a referral&quot; call in</source>
        <translation>Suunnittele suosittelupyyntösoitto</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>The contact is marked a customer from the close date.</source>
        <translation>Yhteystieto merkitään asiakkaaksi kaupan päivästä alkaen.</translation>
    </message>
    <message>
        <source>Mark won</source>
        <translation>Merkitse voitetuksi</translation>
    </message>
    <message>
        <source>Type the value as a number, e.g. 1 250,00.</source>
        <translation>Kirjoita arvo numerona, esim. 1 250,00.</translation>
    </message>
</context>
</TS>
