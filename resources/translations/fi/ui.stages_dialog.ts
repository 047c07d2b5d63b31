<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>StagesDialog</name>
    <message>
        <source>Funnel stages</source>
        <translation>Myyntiputken vaiheet</translation>
    </message>
    <message>
        <source>The board shows one column per stage, open stages first. The probability weights each stage&apos;s value; a lead with no activity for &quot;stale after&quot; days and nothing planned ahead is marked stale (0 = never).</source>
        <translation>Taululla on sarake kullekin vaiheelle, avoimet vaiheet ensin. Todennäköisyys painottaa vaiheen arvoa; liidi, jolla ei ole ollut tapahtumia ”jumissa, kun” -päiviin eikä mitään suunniteltuna, merkitään jumiin (0 = ei koskaan).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Todennäköisyys</translation>
    </message>
    <message>
        <source>Stale after</source>
        <translation>Jumissa, kun</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Lisää vaihe</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
</context>
</TS>
