namespace Policy.Tests;

/// <summary>A catalog folder written for one test, deleted after.</summary>
internal sealed class TestCatalog : IDisposable
{
    public TestCatalog()
    {
        Directory.CreateDirectory(Path.Combine(Root, "documents"));
        Directory.CreateDirectory(Path.Combine(Root, "configuration"));
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "policy-test-" + Guid.NewGuid().ToString("N"));

    public TestCatalog Document(string id, string region = "410800", string date = "2023-08-11")
    {
        var folder = Path.Combine(Root, "documents", id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "document.yaml"), $"""
            document:
              id: {id}
              number: 焦政办〔2023〕36号
              title: 测试文件
              issuing_body: 焦作市人民政府办公室
              date: {date}
              region: "{region}"
              seed: 001_c14cf7c313f65841.txt
            """);
        return this;
    }

    public TestCatalog Measures(string documentId, string domain, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, "documents", documentId, domain + ".yaml"), yaml);
        return this;
    }

    public TestCatalog Configuration(string name, string yaml)
    {
        File.WriteAllText(Path.Combine(Root, "configuration", name + ".yaml"), yaml);
        return this;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
