@echo off
rem GPR Studio: starts the Eclipse workbench with the gpr editor (Java 17 or later on the PATH, or
rem JAVA_HOME). Workspace: %GPR_WORKSPACE%, default %USERPROFILE%\gpr-workspace; other arguments are
rem passed to Eclipse (for example -clean).
setlocal
set "DIR=%~dp0"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw"
set "LAUNCHER="
for %%f in ("%DIR%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if not defined LAUNCHER (
  echo gpr-studio: no org.eclipse.equinox.launcher in %DIR%plugins 1>&2
  exit /b 2
)
if not defined GPR_WORKSPACE set "GPR_WORKSPACE=%USERPROFILE%\gpr-workspace"
if not defined GPR_STUDIO_VMARGS set "GPR_STUDIO_VMARGS=-Xmx1g"
start "GPR Studio" "%JAVA%" %GPR_STUDIO_VMARGS% -jar "%LAUNCHER%" -data "%GPR_WORKSPACE%" %*
