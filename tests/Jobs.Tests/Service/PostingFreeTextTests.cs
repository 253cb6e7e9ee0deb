using Employment.IdentityNumbers;
using Npgsql;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// No whole identity number in a service database's free text: one typed into a posting's title,
/// description, requirements, benefits or contact is masked on the way in, as answers mask it on the
/// way out. A phone number typed into the description, requirements or benefits is masked too; the
/// contact field is where a phone number belongs, and it is kept.
/// </summary>
public sealed class PostingFreeTextTests(JobsHost host) : IClassFixture<JobsHost>
{
    [Fact(Timeout = 120_000)]
    public async Task An_identity_number_typed_into_a_postings_free_text_is_stored_masked()
    {
        const string first17 = "41080219850315123";
        var idNumber = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var posting = JobsHost.Lawful("仓库管理员", description: $"联系人身份证 {idNumber}，负责仓库收发。");
        posting.Contact = $"王先生 {idNumber}";
        posting.Benefits.Add($"证件 {idNumber}");

        var created = await host.CreateAsync(posting);

        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM job_postings p WHERE p::text LIKE @id", connection);
        command.Parameters.AddWithValue("id", "%" + idNumber + "%");
        Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        Assert.Contains(IdMasking.IdNumber(idNumber), created.Description, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_phone_number_typed_into_a_postings_description_is_stored_masked_and_the_contact_kept()
    {
        var posting = JobsHost.Lawful("理货员", description: "有意者请打张姐手机 139-0391-2468 或座机 0391-3567890 面谈。");
        posting.Requirements.Other = "报名加微信 13903912468";
        posting.Contact = "0391-3567890";

        var created = await host.CreateAsync(posting);

        await using var connection = new NpgsqlConnection(host.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT p::text FROM job_postings p WHERE p.\"Id\" = @id", connection);
        command.Parameters.AddWithValue("id", created.PostingId);
        var stored = (string)(await command.ExecuteScalarAsync())!;
        Assert.DoesNotContain("2468", stored.Replace("139****2468", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("139****2468", stored, StringComparison.Ordinal);
        Assert.Contains("0391-****7890", stored, StringComparison.Ordinal);
        Assert.Equal("有意者请打张姐手机 139****2468 或座机 0391-****7890 面谈。", created.Description);
        Assert.Equal("报名加微信 139****2468", created.Requirements.Other);
        Assert.Equal("0391-3567890", created.Contact);
    }
}
