@REM Minimal Maven wrapper for Windows: downloads Maven named in
@REM .mvn\wrapper\maven-wrapper.properties into %USERPROFILE%\.m2\wrapper\dists and runs it.
@echo off
setlocal
set "BASEDIR=%~dp0"
for /f "usebackq tokens=1,* delims==" %%a in ("%BASEDIR%.mvn\wrapper\maven-wrapper.properties") do (
  if "%%a"=="distributionUrl" set "URL=%%b"
)
for %%f in ("%URL%") do set "ZIPNAME=%%~nxf"
set "DISTNAME=%ZIPNAME:-bin.zip=%"
set "DISTS=%USERPROFILE%\.m2\wrapper\dists"
set "MVNHOME=%DISTS%\%DISTNAME%"
if not exist "%MVNHOME%\bin\mvn.cmd" (
  if not exist "%DISTS%" mkdir "%DISTS%"
  powershell -NoProfile -Command "$ProgressPreference='SilentlyContinue'; Invoke-WebRequest -Uri '%URL%' -OutFile '%DISTS%\%ZIPNAME%'; Expand-Archive -Force -Path '%DISTS%\%ZIPNAME%' -DestinationPath '%DISTS%'; Remove-Item '%DISTS%\%ZIPNAME%'"
  if errorlevel 1 exit /b 1
)
set "MAVEN_PROJECTBASEDIR=%BASEDIR:~0,-1%"
"%MVNHOME%\bin\mvn.cmd" %*
