; Inno Setup 6 script for po-desktop (Windows installer).
;
; Build on Windows after `python packaging\build.py` has made build\dist\po-desktop\:
;     python packaging\build.py --installer            (runs ISCC with the version)
;  or iscc /DAppVersion=0.1.0 packaging\windows\po-desktop.iss
; Result: build\dist\po-desktop-<version>-setup.exe
;
; Silent installation by an IT department (all users, with a preset config.toml):
;     po-desktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /CONFIG="\\server\share\po-desktop\config.toml"
; /CONFIG copies that file to %PROGRAMDATA%\po-desktop\config.toml (see README, "For IT departments").
; Uninstalling never removes vaults or backups: they are the user's data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "po-desktop"
#define DistDir "..\..\build\dist\po-desktop"

[Setup]
AppId={{6F1C2E1B-7D0A-4E55-9B7B-3C1F0A2D5E80}
AppName=PO Desktop
AppVersion={#AppVersion}
AppVerName=PO Desktop {#AppVersion}
AppPublisher=po-desktop
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName=PO Desktop
DisableProgramGroupPage=yes
; Machine-wide by default; /CURRENTUSER (or the dialog) installs for one user without admin rights.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\icons\po-desktop.ico
UninstallDisplayIcon={app}\{#AppName}.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
MinVersion=10.0

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\config.toml.example"; DestDir: "{app}"; Flags: ignoreversion
; An IT department's preset, given as /CONFIG=path on the command line.
Source: "{param:CONFIG}"; DestDir: "{commonappdata}\po-desktop"; DestName: "config.toml"; \
    Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: HasConfigParam

[Icons]
; po-desktop-gui.exe is the same program without a console window.
Name: "{group}\PO Desktop"; Filename: "{app}\{#AppName}-gui.exe"; WorkingDir: "{userdocs}"
Name: "{group}\{cm:UninstallProgram,PO Desktop}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\PO Desktop"; Filename: "{app}\{#AppName}-gui.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Registry]
; `po-desktop` in Win+R (Run) and Start search finds the program (App Paths; PATH is not changed).
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppName}.exe"; \
    ValueType: string; ValueName: ""; ValueData: "{app}\{#AppName}.exe"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppName}-gui.exe"; Description: "{cm:LaunchProgram,PO Desktop}"; \
    Flags: nowait postinstall skipifsilent

[Code]
function HasConfigParam(): Boolean;
begin
  Result := ExpandConstant('{param:CONFIG}') <> '';
end;
