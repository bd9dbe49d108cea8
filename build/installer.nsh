; Included by the NSIS installer (electron-builder.yml: nsis.include); NSIS runs it with
; administrator rights because the install is per machine.
;
; The centre store lives in one folder per machine, %PROGRAMDATA%\Kesher\store: the folder the
; app and the CLI open on Windows (electron/services/store/paths.ts). Staff sign in to Windows
; under their own accounts and must all write the same store, but ProgramData lets only the
; account that created a file change it. So the installer creates the folder and grants Modify
; to the local Users group, inherited by every file the app creates in it. The group is named by
; its well-known SID (S-1-5-32-545) because its name is translated on a Hebrew Windows. The
; files stay encrypted; each staff member still signs in to Kesher with their own password.

!macro customInstall
  ReadEnvStr $0 PROGRAMDATA
  StrCmp $0 "" 0 +2
    StrCpy $0 "C:\ProgramData"
  CreateDirectory "$0\Kesher\store"
  nsExec::ExecToLog 'icacls "$0\Kesher\store" /grant *S-1-5-32-545:(OI)(CI)M /T /C'
  Pop $1
!macroend

; Uninstalling removes the program and never the centre's records: the store folder stays.
!macro customUnInstall
!macroend
