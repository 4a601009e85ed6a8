using System.Buffers.Text;
using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ContentApi.Infrastructure.Database;

/// <summary>
/// A PostgreSQL server started from the machine's server binaries, for <c>dotnet run</c> without a configured
/// database and for the integration tests.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private const string SuperUser = "contentapi";
    private const string ServiceAccount = "postgres";
    private const string NotInstalledMessage =
        "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found. Install them (Debian/Ubuntu: apt-get install postgresql; " +
        "macOS: brew install postgresql) or set POSTGRES_BIN to their directory, or point the service at an existing server with " +
        "ConnectionStrings__Content=Host=…;Database=…;Username=…;Password=…";

    // pg_ctl puts the server in a session of its own, so nothing would stop it if we were killed (SIGKILL, an unhandled Ctrl-C or
    // SIGTERM). This shell blocks on a pipe only we hold, which the kernel closes however we end, and then stops the server. It
    // ignores the terminal's signals because Ctrl-C reaches our whole process group, the shell included.
    private const string WatchdogScript =
        "trap '' HUP INT QUIT TERM; exec >/dev/null 2>&1; read -r _; \"$@\"; " +
        "if [ -n \"$EPG_REMOVE\" ]; then rm -rf -- \"$EPG_REMOVE\" \"$EPG_REMOVE.password\" \"$EPG_REMOVE.log\"; fi";

    private static readonly string[] ServerTools = ["initdb", "pg_ctl", "postgres"];
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);
    // Added to pg_ctl's own -t so that it can report its timeout, which says more than our killing it would.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(5);

    private readonly EmbeddedPostgresOptions _options;
    private readonly ILogger _logger;
    private readonly string _binDirectory;
    private readonly bool _asServiceAccount;
    private readonly string _dataDirectory;
    private readonly Lock _stopLock = new();
    private FileStream? _passwordFile;
    private Process? _watchdog;
    private Task? _stopTask;
    private string _password = "";
    private int _port;
    private int _disposed;

    private EmbeddedPostgres(EmbeddedPostgresOptions options, ILogger logger, string binDirectory, bool asServiceAccount, string dataDirectory) =>
        (_options, _logger, _binDirectory, _asServiceAccount, _dataDirectory) = (options, logger, binDirectory, asServiceAccount, dataDirectory);

    public string ConnectionString => ConnectionStringFor(_options.Database);

    /// <summary>Where the data lives: the requested directory, or the fallback when the server account can't reach it.</summary>
    public string DataDirectory => _dataDirectory;

    private string PasswordPath => _dataDirectory + ".password";
    private string LogPath => _dataDirectory + ".log";
    private string PidPath => Path.Combine(_dataDirectory, "postmaster.pid");
    private string[] StopArguments => ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "30"];

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        var binDirectory = await FindBinDirectoryAsync(cancellationToken) ?? throw new EmbeddedPostgresUnavailableException(NotInstalledMessage);
        var asServiceAccount = IsRoot();
        var dataDirectory = await PrepareDataDirectoryAsync(options, asServiceAccount, logger, cancellationToken);
        var server = new EmbeddedPostgres(options, logger, binDirectory, asServiceAccount, dataDirectory);
        try
        {
            await server.StartCoreAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = _port, Username = SuperUser, Password = _password, Database = database,
    }.ConnectionString;

    public Task StopAsync()
    {
        lock (_stopLock)
            return _stopTask ??= StopCoreAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        await StopAsync();
        _watchdog?.Dispose();
        if (_passwordFile is not null)
            await _passwordFile.DisposeAsync();
        try
        {
            if (_options.Temporary)
                DeleteDataFiles(_dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not delete the temporary PostgreSQL data directory {Dir}: {Error}", _dataDirectory, e.Message);
        }
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var initialized = File.Exists(Path.Combine(_dataDirectory, "PG_VERSION"));
        if (initialized && !File.Exists(PasswordPath))
            throw MissingPassword();
        _passwordFile = LockPasswordFile();
        if (initialized)
        {
            using var reader = new StreamReader(_passwordFile, Encoding.UTF8, leaveOpen: true);
            _password = (await reader.ReadToEndAsync(cancellationToken)).Trim();
            if (_password.Length == 0)
                throw MissingPassword();
            await StopLeftoverServerAsync(cancellationToken);
        }
        else
        {
            _password = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
            _passwordFile.SetLength(0);
            await _passwordFile.WriteAsync(Encoding.UTF8.GetBytes(_password), cancellationToken);
            await _passwordFile.FlushAsync(cancellationToken);
            await InitDbAsync(cancellationToken);
        }
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        StartWatchdog();
        await StartServerAsync(cancellationToken);
        var version = await EnsureDatabaseAsync(cancellationToken);
        _logger.LogInformation("Embedded PostgreSQL {Version} listening on 127.0.0.1:{Port}, data in {Dir}", version, _port, _dataDirectory);
    }

    // Held open unshared for our lifetime (an flock on Unix, which the kernel drops when we die), so that a server running in the
    // directory is known to be left over from a dead run rather than owned by a live instance.
    private FileStream LockPasswordFile()
    {
        try
        {
            return new FileStream(PasswordPath, PrivateFile(FileMode.OpenOrCreate, FileAccess.ReadWrite));
        }
        catch (IOException)
        {
            throw new EmbeddedPostgresInUseException(
                $"The PostgreSQL data directory {_dataDirectory} is in use by another running instance (it holds {PasswordPath} open).");
        }
    }

    private static FileStreamOptions PrivateFile(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return options;
    }

    private EmbeddedPostgresUnavailableException MissingPassword() => new(
        $"The PostgreSQL data directory {_dataDirectory} exists but its password file {PasswordPath} is missing or empty. " +
        $"Delete {_dataDirectory} to start over with an empty database.");

    private async Task InitDbAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Initializing a new PostgreSQL data directory in {Dir}", _dataDirectory);
        // initdb takes the password only from a file, which the service account must be able to read: the data directory's
        // parent is a place it can reach.
        var passwordFile = _dataDirectory + ".initdb-password";
        await using (var stream = new FileStream(passwordFile, PrivateFile(FileMode.Create, FileAccess.Write)))
            await stream.WriteAsync(Encoding.UTF8.GetBytes(_password), cancellationToken);
        try
        {
            if (_asServiceAccount
                && await RunAsync(["chown", ServiceAccount + ":", passwordFile], ToolTimeout, cancellationToken) is { ExitCode: not 0 } chown)
                throw Failure("chown", chown);
            string[] arguments = ["-D", _dataDirectory, "-U", SuperUser, "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8",
                .. _options.FsyncOff ? ["--no-sync"] : Array.Empty<string>()];
            var result = await RunToolAsync("initdb", [.. arguments, "--locale=C.UTF-8"], InitDbTimeout, cancellationToken);
            // Not every system has C.UTF-8 (older macOS does not); C always exists and still stores UTF-8.
            if (result.ExitCode != 0)
                result = await RunToolAsync("initdb", [.. arguments, "--locale=C"], InitDbTimeout, cancellationToken);
            if (result.ExitCode != 0)
                throw Failure("initdb", result);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task StopLeftoverServerAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(PidPath))
            return;
        if (!IsServerAlive(File.ReadAllLines(PidPath)))
        {
            // After a reboot its pid may belong to an unrelated process, which postgres would take for a running server.
            _logger.LogInformation("Removing the postmaster.pid of a PostgreSQL server that is no longer running from {Dir}", _dataDirectory);
            File.Delete(PidPath);
            return;
        }
        // We hold the directory's lock, so no live instance owns this server: a run that died without stopping it left it behind.
        _logger.LogWarning("Stopping a PostgreSQL server left running in {Dir} by an earlier run", _dataDirectory);
        var result = await RunToolAsync("pg_ctl", StopArguments, StopTimeout + Slack, cancellationToken);
        if (result.ExitCode != 0)
            throw Failure("pg_ctl stop (of the server left running by an earlier run)", result);
    }

    // postmaster.pid holds the server's pid and, on its third line, its start time, which tells a reused pid apart.
    private static bool IsServerAlive(string[] pidFile)
    {
        if (pidFile.Length < 3 || !int.TryParse(pidFile[0], out var pid) || !long.TryParse(pidFile[2], out var startedAt))
            return false;
        try
        {
            // A killed server stays a zombie while nobody reaps it, forever under a container's init that does not.
            var stat = $"/proc/{pid}/stat";
            if (File.Exists(stat) && File.ReadAllText(stat) is var fields && fields[(fields.LastIndexOf(')') + 2)..].StartsWith('Z'))
                return false;
            using var process = Process.GetProcessById(pid);
            var started = DateTimeOffset.FromUnixTimeSeconds(startedAt).UtcDateTime;
            return (process.StartTime.ToUniversalTime() - started).Duration() < TimeSpan.FromSeconds(5);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or Win32Exception or IOException)
        {
            return false;
        }
    }

    private void StartWatchdog()
    {
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = "/" };
        foreach (var argument in (string[])["-c", WatchdogScript, "embedded-postgres-watchdog", .. ToolCommand("pg_ctl", StopArguments)])
            start.ArgumentList.Add(argument);
        if (_options.Temporary)
            start.Environment["EPG_REMOVE"] = _dataDirectory;
        _watchdog = Process.Start(start);
    }

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            _port = FindFreePort();
            var logLength = File.Exists(LogPath) ? new FileInfo(LogPath).Length : 0;
            // -k '' turns the Unix socket off: clients use TCP, and pg_ctl -w watches postmaster.pid rather than connecting.
            var settings = $"-c listen_addresses=127.0.0.1 -p {_port} -k '' -c max_connections=200 -c shared_buffers=128MB"
                + (_options.FsyncOff ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "");
            var result = await RunToolAsync("pg_ctl", ["start", "-D", _dataDirectory, "-w", "-t", "60", "-l", LogPath, "-o", settings],
                StartTimeout + Slack, cancellationToken);
            if (result.ExitCode == 0)
                return;
            var serverLog = ReadFrom(LogPath, logLength);
            // Something else can take the port between our probe and the server's bind.
            if (attempt < 3 && serverLog.Contains("could not bind", StringComparison.Ordinal))
                _logger.LogWarning("Port {Port} was taken before PostgreSQL could bind it; retrying with another port", _port);
            else
                throw Failure("pg_ctl start", result, serverLog);
        }
    }

    private async Task<string> EnsureDatabaseAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Unpooled, so that this maintenance connection does not stay open in the pool.
            var builder = new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", _options.Database);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                var quoted = '"' + _options.Database.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
                await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
            return connection.ServerVersion;
        }
        catch (NpgsqlException e)
        {
            throw new EmbeddedPostgresUnavailableException(
                $"The embedded PostgreSQL server started, but database {_options.Database} could not be prepared: {e.Message}");
        }
    }

    private async Task StopCoreAsync()
    {
        // Without the directory's lock, whatever server runs there belongs to another instance.
        if (_passwordFile is null)
            return;
        try
        {
            if (File.Exists(PidPath))
            {
                var result = await RunToolAsync("pg_ctl", StopArguments, StopTimeout + Slack, CancellationToken.None);
                // A failure is expected, and harmless, when the server was already going down on its own.
                if (result.ExitCode == 0)
                    _logger.LogInformation("Embedded PostgreSQL on port {Port} stopped", _port);
                else if (File.Exists(PidPath))
                    _logger.LogWarning("Could not stop the embedded PostgreSQL server in {Dir}: {Error}", _dataDirectory, Tail(result.StdErr));
            }
            // Otherwise the watchdog stays, to try again when this process ends.
            if (!File.Exists(PidPath))
                _watchdog?.Kill(entireProcessTree: true);
        }
        catch (Exception e)
        {
            _logger.LogWarning("Could not stop the embedded PostgreSQL server in {Dir}: {Error}", _dataDirectory, e.Message);
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => StopAsync().GetAwaiter().GetResult();

    private Task<ToolResult> RunToolAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunAsync(ToolCommand(tool, arguments), timeout, cancellationToken);

    // PostgreSQL refuses to run as root, so as root every tool runs as the service account.
    private string[] ToolCommand(string tool, IEnumerable<string> arguments) =>
        [.. _asServiceAccount ? AsServiceAccount : [], Path.Combine(_binDirectory, tool), .. arguments];

    private static string[] AsServiceAccount => ["runuser", "-u", ServiceAccount, "--"];

    private static async Task<ToolResult> RunAsync(string[] command, TimeSpan timeout, CancellationToken cancellationToken)
    {
        // From the root directory, because the service account may not be allowed into ours (e.g. /root).
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/",
        };
        foreach (var argument in command.Skip(1))
            start.ArgumentList.Add(argument);
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new EmbeddedPostgresUnavailableException($"Could not run {command[0]}: {e.Message}");
        }
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new EmbeddedPostgresUnavailableException($"{string.Join(' ', command)} did not finish within {timeout.TotalSeconds:0} s.");
        }
        return new ToolResult(process.ExitCode, await stdout, await stderr);
    }

    private static EmbeddedPostgresUnavailableException Failure(string what, ToolResult result, string serverLog = "") =>
        new($"{what} failed with exit code {result.ExitCode}:{Environment.NewLine}{Tail(result.StdOut + "\n" + result.StdErr + "\n" + serverLog)}");

    private static string Tail(string output) =>
        string.Join(Environment.NewLine, output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(20));

    private static string ReadFrom(string path, long offset)
    {
        if (!File.Exists(path))
            return "";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<string?> FindBinDirectoryAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("POSTGRES_BIN") is { Length: > 0 } configured)
            return HasServerBinaries(configured) ? configured
                : throw new EmbeddedPostgresUnavailableException($"POSTGRES_BIN={configured} does not contain initdb, pg_ctl and postgres.");
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        // Debian and Ubuntu keep the server binaries off PATH, but pg_config knows where they are.
        if (path.Select(directory => Path.Combine(directory, "pg_config")).FirstOrDefault(File.Exists) is { } pgConfig
            && await RunAsync([pgConfig, "--bindir"], ToolTimeout, cancellationToken) is { ExitCode: 0 } result
            && HasServerBinaries(result.StdOut.Trim()))
            return result.StdOut.Trim();
        return path.Concat(NewestFirst("/usr/lib/postgresql", "*")).Append("/usr/local/pgsql/bin")
            .Concat(NewestFirst("/opt/homebrew/opt", "postgresql*")).FirstOrDefault(HasServerBinaries);

        // Resolving links, because a link left behind by an uninstalled package still "exists".
        static bool HasServerBinaries(string directory) => ServerTools
            .Select(tool => new FileInfo(Path.Combine(directory, tool)))
            .All(file => file.Exists && (file.LinkTarget is null || file.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true }));

        static IEnumerable<string> NewestFirst(string parent, string pattern) => Directory.Exists(parent)
            ? Directory.GetDirectories(parent, pattern).OrderByDescending(VersionOf).Select(directory => Path.Combine(directory, "bin"))
            : [];

        // 15 for /usr/lib/postgresql/15, 16 for /opt/homebrew/opt/postgresql@16.
        static double VersionOf(string directory) =>
            double.TryParse(Path.GetFileName(directory).Split('@')[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var version) ? version : 0;
    }

    private static bool IsRoot()
    {
        try
        {
            return !OperatingSystem.IsWindows() && (Environment.UserName == "root" || GetEffectiveUserId() == 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUserId();

    private static async Task<string> PrepareDataDirectoryAsync(
        EmbeddedPostgresOptions options, bool asServiceAccount, ILogger logger, CancellationToken cancellationToken)
    {
        var requested = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.DataDirectory));
        try
        {
            if (options.Temporary)
                DeleteDataFiles(requested);
            Directory.CreateDirectory(requested);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmbeddedPostgresUnavailableException($"Cannot use {requested} as the PostgreSQL data directory: {e.Message}");
        }
        if (!asServiceAccount || await TryGiveToServiceAccountAsync(requested, cancellationToken))
            return requested;

        // Typically a directory under /root, which the service account cannot even look into.
        var fallback = $"/var/tmp/contentapi-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(requested)))[..12]}";
        logger.LogWarning("The {Account} account cannot write to {Requested}; keeping the PostgreSQL data in {Fallback} instead",
            ServiceAccount, requested, fallback);
        if (!Directory.EnumerateFileSystemEntries(requested).Any())
            Directory.Delete(requested);
        if (options.Temporary)
            DeleteDataFiles(fallback);
        Directory.CreateDirectory(fallback);
        return await TryGiveToServiceAccountAsync(fallback, cancellationToken) ? fallback
            : throw new EmbeddedPostgresUnavailableException($"The {ServiceAccount} account can write neither to {requested} nor to {fallback}.");
    }

    private static async Task<bool> TryGiveToServiceAccountAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        // The server appends to its log as the service account, which may not be allowed to create files next to the data directory.
        var log = dataDirectory + ".log";
        var createdLog = !File.Exists(log);
        if (createdLog)
            await File.WriteAllTextAsync(log, "", cancellationToken);
        if (await RunAsync(["chown", "-R", ServiceAccount + ":", dataDirectory, log], ToolTimeout, cancellationToken) is { ExitCode: 0 }
            && await RunAsync([.. AsServiceAccount, "test", "-w", dataDirectory, "-a", "-w", log], ToolTimeout, cancellationToken) is { ExitCode: 0 })
            return true;
        if (createdLog)
            File.Delete(log);
        return false;
    }

    private static void DeleteDataFiles(string dataDirectory)
    {
        if (Directory.Exists(dataDirectory))
            Directory.Delete(dataDirectory, recursive: true);
        File.Delete(dataDirectory + ".password");
        File.Delete(dataDirectory + ".log");
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private readonly record struct ToolResult(int ExitCode, string StdOut, string StdErr);
}

public sealed record EmbeddedPostgresOptions(string DataDirectory, string Database, bool Temporary = false, bool FsyncOff = false);

public class EmbeddedPostgresUnavailableException(string message) : Exception(message);

/// <summary>Another live process owns the data directory.</summary>
public sealed class EmbeddedPostgresInUseException(string message) : EmbeddedPostgresUnavailableException(message);
