<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Skylight::BrowsingController</name>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln image(s)</source>
        <translation>
            <numerusform>%1 of %Ln image</numerusform>
            <numerusform>%1 of %Ln images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::CompareDialog</name>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n field differs.</numerusform>
            <numerusform>%n fields differ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::CopyAsCommand</name>
    <message numerus="yes">
        <source>Copied %n command line(s).</source>
        <translation>
            <numerusform>Copied %n command line.</numerusform>
            <numerusform>Copied %n command lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) left out: the ID or the cloud&apos;s name or address holds characters that do not belong on a command line.</source>
        <translation>
            <numerusform>%n image left out: the ID or the cloud&apos;s name or address holds characters that do not belong on a command line.</numerusform>
            <numerusform>%n images left out: the ID or the cloud&apos;s name or address holds characters that do not belong on a command line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadController</name>
    <message numerus="yes">
        <source>%n download(s) still running. Quit anyway? They stop where they are and resume on the next start, once their cloud is open.</source>
        <translation>
            <numerusform>%n download still running. Quit anyway? They stop where they are and resume on the next start, once their cloud is open.</numerusform>
            <numerusform>%n downloads still running. Quit anyway? They stop where they are and resume on the next start, once their cloud is open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::DownloadFolder</name>
    <message numerus="yes">
        <source>It has %n hard links.</source>
        <extracomment>%n is a number, at least 2</extracomment>
        <translation>
            <numerusform>It has %n hard links.</numerusform>
            <numerusform>It has %n hard links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::ErrorBanner</name>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The server asks to wait %n second before trying again.</numerusform>
            <numerusform>The server asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::FilterBar</name>
    <message numerus="yes">
        <source>%1 (%Ln)</source>
        <comment>a chip and how many of its values are checked</comment>
        <translation>
            <numerusform>%1 (%Ln)</numerusform>
            <numerusform>%1 (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln image(s)</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching image(s)</source>
        <translation>
            <numerusform>%Ln matching image</numerusform>
            <numerusform>%Ln matching images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::OverviewRows</name>
    <message numerus="yes">
        <source>%1 byte(s)</source>
        <translation>
            <numerusform>%1 byte</numerusform>
            <numerusform>%1 bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 byte(s))</source>
        <extracomment>%1 the size in units (&quot;12.6 MiB&quot;), %2 the exact number of bytes (&quot;13,167,616&quot;)</extracomment>
        <translation>
            <numerusform>%1 (%2 byte)</numerusform>
            <numerusform>%1 (%2 bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::RemoteInspection</name>
    <message numerus="yes">
        <source>The inspection stopped after %n requests without a verdict.</source>
        <translation>
            <numerusform>The inspection stopped after %n request without a verdict.</numerusform>
            <numerusform>The inspection stopped after %n requests without a verdict.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::SelectionActions</name>
    <message numerus="yes">
        <source>Exported %n image(s) to %1.</source>
        <translation>
            <numerusform>Exported %n image to %1.</numerusform>
            <numerusform>Exported %n images to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Skylight::SkippedEntriesNotice</name>
    <message numerus="yes">
        <source>The server listed %n image(s) more than once; each is shown once.</source>
        <translation>
            <numerusform>The server listed %n image more than once; each is shown once.</numerusform>
            <numerusform>The server listed %n images more than once; each is shown once.</numerusform>
        </translation>
    </message>
</context>
</TS>
