; The NSIS installer's hooks (bundle > windows > nsis > installerHooks in packaging/windows-macos.conf.json): put
; Attune's folder, which holds attune.exe beside the app, on the user's PATH at install, and take it off at uninstall,
; so `attune` works in a new terminal. The installer is per user (Tauri's default install mode), so the user's PATH
; (HKCU\Environment) is the one changed; nobody else's is touched.
;
; Care for the rest of the PATH: NSIS reads registry strings only up to NSIS_MAX_STRLEN characters and reports a longer
; one as an error, as it does a missing one. Writing after such a read would cut the user's PATH short, so a PATH that
; exists but cannot be read whole, or one that would grow past that length, is left as it is and the installer says
; where attune.exe is instead. packaging/check.sh compiles these hooks with makensis.

!include LogicLib.nsh
!include WinMessages.nsh
!include StrFunc.nsh
${StrStr}
${UnStrRep}

; Sets $R9 to 1 when the user's environment has a Path value (whether or not it could be read), else 0.
!macro ATTUNE_USER_PATH_EXISTS
  StrCpy $R9 0
  StrCpy $R8 0
  ${Do}
    EnumRegValue $R7 HKCU "Environment" $R8
    ${IfThen} $R7 == "" ${|} ${ExitDo} ${|}
    ${If} $R7 == "Path"
      StrCpy $R9 1
      ${ExitDo}
    ${EndIf}
    IntOp $R8 $R8 + 1
  ${Loop}
!macroend

!macro ATTUNE_PATH_CHANGED
  ; Tell running programs (Explorer, and through it new terminals) that the environment changed.
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
!macroend

!macro NSIS_HOOK_POSTINSTALL
  Push $R9
  Push $R8
  Push $R7
  Push $R6
  Push $R5
  ClearErrors
  ReadRegStr $R6 HKCU "Environment" "Path"
  ${If} ${Errors}
    !insertmacro ATTUNE_USER_PATH_EXISTS
  ${Else}
    StrCpy $R9 0
  ${EndIf}
  ${If} $R9 = 1
    DetailPrint "Your PATH is too long to change safely: add $INSTDIR to it to use attune in a terminal."
  ${Else}
    ${StrStr} $R5 ";$R6;" ";$INSTDIR;"
    ${If} $R5 == ""
      ; Measured before joining: StrCpy would cut a string that is too long without a word.
      StrLen $R7 $R6
      StrLen $R8 $INSTDIR
      IntOp $R7 $R7 + $R8
      IntOp $R7 $R7 + 2
      ${If} $R7 < ${NSIS_MAX_STRLEN}
        ${If} $R6 == ""
          StrCpy $R5 "$INSTDIR"
        ${Else}
          StrCpy $R5 "$R6;$INSTDIR"
        ${EndIf}
        WriteRegExpandStr HKCU "Environment" "Path" "$R5"
        !insertmacro ATTUNE_PATH_CHANGED
        DetailPrint "Added $INSTDIR to your PATH: attune works in a new terminal."
      ${Else}
        DetailPrint "Your PATH is too long to change safely: add $INSTDIR to it to use attune in a terminal."
      ${EndIf}
    ${EndIf}
  ${EndIf}
  Pop $R5
  Pop $R6
  Pop $R7
  Pop $R8
  Pop $R9
!macroend

!macro NSIS_HOOK_POSTUNINSTALL
  Push $R6
  Push $R5
  ClearErrors
  ReadRegStr $R6 HKCU "Environment" "Path"
  ; Nothing to take off when the Path is missing or could not be read whole: the install left such a PATH alone.
  ${IfNot} ${Errors}
    StrLen $R5 $R6
    IntOp $R5 $R5 + 2
    ${If} $R5 < ${NSIS_MAX_STRLEN}
      ; Between semicolons, so that only the whole entry matches; then the two added semicolons go again.
      ${UnStrRep} $R5 ";$R6;" ";$INSTDIR;" ";"
      StrCpy $R5 $R5 "" 1
      StrCpy $R5 $R5 -1
      ${If} $R5 != $R6
        ${If} $R5 == ""
          DeleteRegValue HKCU "Environment" "Path"
        ${Else}
          WriteRegExpandStr HKCU "Environment" "Path" "$R5"
        ${EndIf}
        !insertmacro ATTUNE_PATH_CHANGED
      ${EndIf}
    ${Else}
      DetailPrint "Your PATH is too long to change safely: take $INSTDIR off it if it is there."
    ${EndIf}
  ${EndIf}
  Pop $R5
  Pop $R6
!macroend
