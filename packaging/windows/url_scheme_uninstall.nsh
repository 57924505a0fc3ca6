  DeleteRegKey HKCU "Software\Classes\lyceum"
