using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;

namespace Applicants.Tests;

/// <summary>Fictional people with valid identity numbers, built for each test.</summary>
internal static class People
{
    private static int _sequence = 100;

    /// <summary>A valid 居民身份证 number for a birth date (region 410802, Jiaozuo 解放区).</summary>
    public static string IdNumber(DateOnly birthDate, string region = "410802")
    {
        var sequence = Interlocked.Increment(ref _sequence) % 1000;
        var first17 = $"{region}{birthDate:yyyyMMdd}{sequence:D3}";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same number with its check character changed to a wrong one.</summary>
    public static string WithWrongCheckDigit(string idNumber)
    {
        var wrong = idNumber[17] == '1' ? '2' : '1';
        return idNumber[..17] + wrong;
    }

    public static RegisterPersonRequest Register(string idNumber, string name = "测试人员") => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        Person = new Person
        {
            IdNumber = idNumber,
            Name = name,
            Phone = "13800000000",
            ResidenceRegion = new RegionCode { Code = "410802" },
        },
    };
}
