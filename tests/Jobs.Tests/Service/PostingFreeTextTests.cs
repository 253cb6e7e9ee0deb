using Employment.IdentityNumbers;
using Npgsql;
using Xunit;

namespace Jobs.Tests.Service;

/// <summary>
/// No whole identity number in a service database's free text: one typed into a posting's title,
/// description, requirements, benefits or contact is masked on the way in, as answers mask it on the
/// way out.
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
}
