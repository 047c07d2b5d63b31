<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Lead score 0–100: hover a score to see why</source>
        <translation>Liidin pisteet 0–100: vie hiiri pisteiden päälle nähdäksesi perusteet</translation>
    </message>
</context>
<context>
    <name>LeadsView</name>
    <message>
        <source>Search leads…</source>
        <translation>Hae liidejä…</translation>
    </message>
    <message>
        <source>Stale only</source>
        <translation>Vain pysähtyneet</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Sarakkeet…</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <source>Owner…</source>
        <translation>Omistaja…</translation>
    </message>
    <message>
        <source>Stage…</source>
        <translation>Vaihe…</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Tunnisteet…</translation>
    </message>
    <message>
        <source>Distribute…</source>
        <translation>Jaa…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Minä</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Kaikki omistajat</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Kaikki lähteet</translation>
    </message>
    <message>
        <source>All temperatures</source>
        <translation>Kaikki lämpötilat</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Kaikki tunnisteet</translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation>{count} liidiä</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} valittu</translation>
    </message>
    <message>
        <source>chosen leads</source>
        <translation>valitut liidit</translation>
    </message>
    <message>
        <source>import batch {id}</source>
        <translation>tuontierä {id}</translation>
    </message>
    <message>
        <source>won {start} – {end}</source>
        <translation>voitettu {start} – {end}</translation>
    </message>
    <message>
        <source>closed {start} – {end}</source>
        <translation>suljettu {start} – {end}</translation>
    </message>
    <message>
        <source>created {start} – {end}</source>
        <translation>luotu {start} – {end}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljetut</translation>
    </message>
    <message>
        <source>Filtered: {what}</source>
        <translation>Suodatettu: {what}</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>{what}. Undo with Ctrl+Z.</source>
        <translation>{what}. Peru painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Vaihda omistaja</translation>
    </message>
    <message>
        <source>New owner of {n} leads:</source>
        <translation>{n} liidin uusi omistaja:</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei kukaan)</translation>
    </message>
    <message>
        <source>Change owner of {n} leads</source>
        <translation>Vaihda {n} liidin omistaja</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Siirrä vaiheeseen</translation>
    </message>
    <message>
        <source>Stage for {n} leads:</source>
        <translation>Vaihe {n} liidille:</translation>
    </message>
    <message>
        <source>Move {n} leads</source>
        <translation>Siirrä {n} liidiä</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <source>Tags to add (comma-separated); prefix with - to remove, e.g. vip, -old:</source>
        <translation>Lisättävät tunnisteet (pilkuilla erotettuna); poista miinusmerkillä, esim. vip, -vanha:</translation>
    </message>
    <message>
        <source>Change tags of {n} leads</source>
        <translation>Muuta {n} liidin tunnisteita</translation>
    </message>
    <message>
        <source>Distribute leads</source>
        <translation>Jaa liidit</translation>
    </message>
    <message>
        <source>Give the {n} selected leads in turn to:</source>
        <translation>Jaa {n} valittua liidiä vuorotellen:</translation>
    </message>
    <message>
        <source>Distribute {n} leads</source>
        <translation>Jaa {n} liidiä</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Poista liidit</translation>
    </message>
    <message>
        <source>Delete {n} leads with their history, follow-ups and notes? You can undo this.</source>
        <translation>Poistetaanko {n} liidiä historioineen, seurantoineen ja muistiinpanoineen? Poiston voi perua.</translation>
    </message>
    <message>
        <source>Delete {n} leads</source>
        <translation>Poista {n} liidiä</translation>
    </message>
</context>
</TS>
