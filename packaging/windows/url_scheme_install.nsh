  ; lyceum:// links open the installed app (HKCU: no administrator rights needed for the scheme).
  WriteRegStr HKCU "Software\Classes\lyceum" "" "URL:Lyceum link"
  WriteRegStr HKCU "Software\Classes\lyceum" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\lyceum\DefaultIcon" "" "$INSTDIR\bin\lyceum.exe,0"
  WriteRegStr HKCU "Software\Classes\lyceum\shell\open\command" "" '"$INSTDIR\bin\lyceum.exe" --open "%1"'
