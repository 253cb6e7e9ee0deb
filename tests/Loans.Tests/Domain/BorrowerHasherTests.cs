using System.Security.Cryptography;
using Employment.Loans.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>
/// "Borrower references are reversible": rows refer to borrowers by a keyed hash,
/// which a copy of the database alone cannot reverse, and a service without the key refuses to start.
/// </summary>
public sealed class BorrowerHasherTests
{
    private const string Number = "41080219900101123X";

    [Fact]
    public void The_reference_depends_on_the_secret_key_so_trying_birth_dates_without_it_finds_nothing()
    {
        var one = new BorrowerHasher(RandomNumberGenerator.GetBytes(32));
        var other = new BorrowerHasher(RandomNumberGenerator.GetBytes(32));
        Assert.NotEqual(one.Hash(BorrowerKeyKind.IdNumber, Number), other.Hash(BorrowerKeyKind.IdNumber, Number));
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{(int)BorrowerKeyKind.IdNumber}:{Number}"))),
            one.Hash(BorrowerKeyKind.IdNumber, Number));
    }

    [Fact]
    public void Outside_Development_a_missing_key_stops_the_service_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => BorrowerHasher.FromConfiguration(Configuration([]), Environment(Environments.Production)));
        Assert.Contains(BorrowerHasher.KeySetting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_shorter_than_32_bytes_is_refused()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);
        Assert.Throws<InvalidOperationException>(() =>
            BorrowerHasher.FromConfiguration(Configuration(new() { [BorrowerHasher.KeySetting] = shortKey }), Environment(Environments.Production)));
    }

    [Fact]
    public void After_rotation_rows_hashed_with_the_previous_key_are_still_found()
    {
        var (oldKey, newKey) = (RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        var before = BorrowerHasher.FromConfiguration(Configuration(new() { [BorrowerHasher.KeySetting] = Convert.ToBase64String(oldKey) }), Environment(Environments.Production));
        var after = BorrowerHasher.FromConfiguration(Configuration(new()
        {
            [BorrowerHasher.KeySetting] = Convert.ToBase64String(newKey),
            [BorrowerHasher.PreviousKeysSection + ":0"] = Convert.ToBase64String(oldKey),
        }), Environment(Environments.Production));

        var stored = before.Hash(BorrowerKeyKind.IdNumber, Number);
        Assert.NotEqual(stored, after.Hash(BorrowerKeyKind.IdNumber, Number));
        Assert.Contains(stored, after.Candidates(BorrowerKeyKind.IdNumber, Number));
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private static IHostEnvironment Environment(string name) => new Env { EnvironmentName = name };

    private sealed class Env : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";

        public string ApplicationName { get; set; } = "loans";

        public string ContentRootPath { get; set; } = "";

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
