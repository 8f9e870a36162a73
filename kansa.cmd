@echo off
rem kansa: the Kansa command line on Windows. Build first with mvnw (any Maven 3.9+ and a JDK 21+):
rem   mvn -B -DskipTests verify   (the product is built for linux/gtk only until a win32 environment is added)
setlocal
set "ROOT=%~dp0"
set "PRODUCT=%ROOT%product\target\products\kansa.product\win32\win32\x86_64\kansa"
if not exist "%PRODUCT%\plugins" (
  echo kansa: the product is not built: run "mvn -B -DskipTests verify" in %ROOT% first 1>&2
  exit /b 2
)
for %%f in ("%PRODUCT%\plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
set "JAVA=java"
if defined KANSA_JAVA_HOME set "JAVA=%KANSA_JAVA_HOME%\bin\java"
set "JVM=-Xmx1g -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dfile.encoding=UTF-8 -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory -Dslf4j.internal.verbosity=ERROR"
if /i "%~1"=="gui" (
  shift
  "%JAVA%" %JVM% -jar "%LAUNCHER%" -nosplash -data "@user.home/.kansa/workbench"
  exit /b %ERRORLEVEL%
)
"%JAVA%" %JVM% -Djava.awt.headless=true -jar "%LAUNCHER%" -nosplash -application kansa.cli.app -data @none %*
exit /b %ERRORLEVEL%
