; Inno Setup script: a per-user installer of the folder PyInstaller builds on Windows.
; NOT built or tried here (the project is built on Linux); see ../README.md.
;
;   .venv\Scripts\python resources\packaging\build.py
;   iscc /DVersion=0.1.0 resources\packaging\windows\supplier-desk.iss
;
; gives build\supplier-desk-0.1.0-setup.exe. No administrator rights are asked: it installs
; into the user's own programs folder, with a Start menu entry and an uninstaller.

#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{8E0C7B8A-5B2E-4F0E-9C44-53A1D3E2B7A1}
AppName=Supplier Desk
AppVersion={#Version}
AppPublisher=Supplier Desk developers
DefaultDirName={autopf}\Supplier Desk
DefaultGroupName=Supplier Desk
PrivilegesRequired=lowest
OutputDir=..\..\..\build
OutputBaseFilename=supplier-desk-{#Version}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile=..\..\..\LICENSE
SetupIconFile=supplier-desk.ico
UninstallDisplayIcon={app}\supplier-desk.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\..\build\dist\supplier-desk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\Supplier Desk"; Filename: "{app}\supplier-desk.exe"
Name: "{userdesktop}\Supplier Desk"; Filename: "{app}\supplier-desk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\supplier-desk.exe"; Description: "{cm:LaunchProgram,Supplier Desk}"; Flags: nowait postinstall skipifsilent
