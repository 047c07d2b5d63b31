<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BoardView</name>
    <message>
        <source>Whose leads</source>
        <translation>Kenen liidit</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Kaikki lähteet</translation>
    </message>
    <message>
        <source>Any temperature</source>
        <translation>Kaikki lämpötilat</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Vain jumissa olevat</translation>
    </message>
    <message>
        <source>Leads with no recent activity and nothing planned ahead</source>
        <translation>Liidit, joilla ei ole tuoreita tapahtumia eikä mitään suunniteltuna</translation>
    </message>
    <message>
        <source>Closed: </source>
        <translation>Suljetut: </translation>
    </message>
    <message>
        <source> d</source>
        <comment>days, short</comment>
        <translation> pv</translation>
    </message>
    <message>
        <source>How far back the Won and Lost columns reach</source>
        <translation>Kuinka kauas taaksepäin Voitetut- ja Hävityt-sarakkeet ulottuvat</translation>
    </message>
    <message>
        <source>Filter cards…</source>
        <translation>Suodata kortteja…</translation>
    </message>
    <message>
        <source>Stages…</source>
        <translation>Vaiheet…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or delete funnel stages</source>
        <translation>Lisää, nimeä uudelleen, järjestä tai poista myyntiputken vaiheita</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Omat liidit</translation>
    </message>
    <message>
        <source>Everyone&apos;s leads</source>
        <translation>Kaikkien liidit</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Mikä tahansa tunniste</translation>
    </message>
    <message>
        <source>Open pipeline: {n} leads · {total} · weighted {weighted}</source>
        <translation>Avoin myyntiputki: {n} liidiä · {total} · painotettu {weighted}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Myyntiputki</translation>
    </message>
    <message>
        <source>Move {n} lead(s) to {stage}</source>
        <translation>Siirrä {n} liidiä vaiheeseen {stage}</translation>
    </message>
    <message>
        <source>Mark {n} lead(s) won</source>
        <translation>Merkitse {n} liidiä voitetuksi</translation>
    </message>
    <message>
        <source>Mark {n} lead(s) lost</source>
        <translation>Merkitse {n} liidiä hävityksi</translation>
    </message>
    <message>
        <source>Won! The contact is now a customer.</source>
        <translation>Voitto! Yhteystieto on nyt asiakas.</translation>
    </message>
    <message>
        <source>Lead created; the current filters hide it.</source>
        <translation>Liidi luotu; nykyiset suodattimet piilottavat sen.</translation>
    </message>
    <message>
        <source>Lead created.</source>
        <translation>Liidi luotu.</translation>
    </message>
    <message>
        <source>That lead no longer exists.</source>
        <translation>Tätä liidiä ei enää ole.</translation>
    </message>
    <message>
        <source>Revived as a new lead in {stage}.</source>
        <translation>Herätetty henkiin uutena liidinä vaiheeseen {stage}.</translation>
    </message>
    <message>
        <source>&amp;Open lead</source>
        <translation>&amp;Avaa liidi</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Siirrä vaiheeseen</translation>
    </message>
    <message>
        <source>&amp;Revive as a new lead</source>
        <translation>&amp;Herätä henkiin uutena liidinä</translation>
    </message>
</context>
</TS>
