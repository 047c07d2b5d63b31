<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting started</source>
        <translation>Näin pääset alkuun</translation>
    </message>
    <message>
        <source>SalesDesk in five steps</source>
        <translation>SalesDesk viidessä vaiheessa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tell who you are.&lt;/b&gt; File → Team members… lists the people who sell; the first start asks your name. New leads and follow-ups are given to you.</source>
        <translation>&lt;b&gt;Kerro, kuka olet.&lt;/b&gt; Tiedosto → Myyjät… näyttää myyntiä tekevät ihmiset; ensimmäisellä käynnistyskerralla SalesDesk kysyy nimesi. Uudet liidit ja seurannat merkitään sinulle.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Bring in your people.&lt;/b&gt; File → Import sheet… (Ctrl+I) reads Excel, CSV and OpenDocument files: a trade-show list, a bought prospect list or an old CRM export. Check the preview, fix the rows it marks and import. The Imports view can undo a whole import again.</source>
        <translation>&lt;b&gt;Tuo asiakkaasi.&lt;/b&gt; Tiedosto → Tuo taulukko… (Ctrl+I) lukee Excel-, CSV- ja OpenDocument-tiedostot: messulistan, ostetun prospektilistan tai vanhan CRM:n viennin. Tarkista esikatselu, korjaa merkityt rivit ja tuo. Tuonnit-näkymässä koko tuonnin voi perua.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work the board.&lt;/b&gt; Every lead is a card in its funnel stage. Drag a card, or press Ctrl+→, to move it on; double-click or Enter opens the lead. Won and lost ask why.</source>
        <translation>&lt;b&gt;Tee töitä myyntiputkessa.&lt;/b&gt; Jokainen liidi on kortti oman vaiheensa sarakkeessa. Vedä korttia tai paina Ctrl+→ siirtääksesi sen eteenpäin; kaksoisnapsautus tai Enter avaa liidin. Voitettu ja hävitty kysyvät syyn.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Never forget a follow-up.&lt;/b&gt; Every lead gets a next step: Leads → Add follow-up… (Ctrl+Shift+U). The Follow-ups view lists what is due today and what is overdue; Space marks one done, S snoozes it.</source>
        <translation>&lt;b&gt;Älä unohda yhtään seurantaa.&lt;/b&gt; Jokaiselle liidille seuraava askel: Liidit → Lisää seuranta… (Ctrl+Shift+U). Seurannat-näkymä näyttää tämän päivän ja myöhässä olevat; välilyönti merkitsee tehdyksi, S torkuttaa.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Credit referrals and see the numbers.&lt;/b&gt; Referrals shows who brought whom and who still needs a thank-you; the Dashboard shows sales, win rate and the forecast. File → Export… (Ctrl+E) writes what a view shows to Excel.</source>
        <translation>&lt;b&gt;Kiitä suosittelijoita ja seuraa lukuja.&lt;/b&gt; Suosittelut näyttää, kuka toi kenet ja keitä pitää vielä kiittää; Kojelauta näyttää myynnin, voittoprosentin ja ennusteen. Tiedosto → Vie… (Ctrl+E) kirjoittaa näkymän sisällön Exceliin.</translation>
    </message>
    <message>
        <source>Everything is saved at once in a file on this computer and works with no network. SalesDesk backs the file up every day; File → Back up now makes a copy by hand. Help → Keyboard shortcuts lists every key.</source>
        <translation>Kaikki tallentuu heti tämän tietokoneen tiedostoon ja toimii ilman verkkoa. SalesDesk varmuuskopioi tiedoston päivittäin; Tiedosto → Varmuuskopioi nyt tekee kopion heti. Ohje → Pikanäppäimet näyttää kaikki näppäimet.</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Board</source>
        <translation>Myyntiputki</translation>
    </message>
    <message>
        <source>Go to the previous / next column</source>
        <translation>Edelliseen / seuraavaan sarakkeeseen</translation>
    </message>
    <message>
        <source>Move the card to the previous / next stage</source>
        <translation>Siirrä kortti edelliseen / seuraavaan vaiheeseen</translation>
    </message>
    <message>
        <source>Open the lead</source>
        <translation>Avaa liidi</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Liidit</translation>
    </message>
    <message>
        <source>Delete the selected leads</source>
        <translation>Poista valitut liidit</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seurannat</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Merkitse tehdyksi</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Torkuta</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Open the lead or contact</source>
        <translation>Avaa liidi tai kontakti</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Lomakkeet</translation>
    </message>
    <message>
        <source>Save the lead or contact</source>
        <translation>Tallenna liidi tai kontakti</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Kaikkialla</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mitä tekee</translation>
    </message>
</context>
</TS>
