using Microsoft.Extensions.Configuration;

namespace Employment.ServiceDefaults.Configuration;

/// <summary>
/// Secrets (signing keys, the service token, database passwords, the borrower key) as files, one per
/// setting, named like environment variables: <c>Authentication__SigningKeys__0__PublicKey</c>,
/// <c>ConnectionStrings__LoansPostgres</c>. Docker and Kubernetes mount secrets under /run/secrets,
/// so a key never sits in an image, a compose file or a process listing.
/// </summary>
public static class SecretFiles
{
    public const string DefaultDirectory = "/run/secrets";

    /// <summary>Reads every file of <c>SecretsDirectory</c> (default /run/secrets) when it exists.</summary>
    public static void AddSecretFiles(this IConfigurationBuilder configuration, string? directory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var path = string.IsNullOrWhiteSpace(directory) ? DefaultDirectory : directory;
        if (Directory.Exists(path))
        {
            configuration.AddKeyPerFile(path, optional: true);
        }
    }
}
