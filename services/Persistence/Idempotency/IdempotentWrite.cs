using System.Security.Cryptography;
using Employment.ServiceDefaults.Data;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Idempotency;

/// <summary>
/// Runs a write in one transaction together with the record of its answer, so the answer is durable
/// before it is sent, and a retry with the same idempotency key gets the first answer back. The
/// context must map <see cref="IdempotencyRecord"/> (<see cref="IdempotencyModel.AddIdempotencyTable"/>).
/// </summary>
public static class IdempotentWrite
{
    public static async Task<TResponse> RunAsync<TResponse>(
        DbContext db,
        DateTimeOffset now,
        string operation,
        string idempotencyKey,
        IMessage request,
        MessageParser<TResponse> parser,
        Func<Task<TResponse>> write,
        CancellationToken cancellationToken)
        where TResponse : IMessage<TResponse>
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(write);
        if (string.IsNullOrWhiteSpace(idempotencyKey))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                "请提供幂等键（idempotency_key），重复提交时才不会重复登记。 (field: idempotency_key)"));
        }

        var answers = db.Set<IdempotencyRecord>();
        var hash = Convert.ToHexString(SHA256.HashData(request.ToByteArray()));
        var first = await answers.AsNoTracking().SingleOrDefaultAsync(i => i.Operation == operation && i.Key == idempotencyKey, cancellationToken);
        if (first is not null)
        {
            return Replay(first, hash, parser);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await write();
        answers.Add(new IdempotencyRecord
        {
            Key = idempotencyKey,
            Operation = operation,
            RequestHash = hash,
            Response = response.ToByteArray(),
            CreatedAt = Microseconds.Truncate(now),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new RpcException(new Status(StatusCode.Aborted, "记录已被他人同时修改，请刷新后重新提交。 (Concurrent update: reload and retry.)"));
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();

            // The same key committed first by a concurrent retry: its answer is the answer.
            var raced = await answers.AsNoTracking().SingleOrDefaultAsync(i => i.Operation == operation && i.Key == idempotencyKey, CancellationToken.None);
            if (raced is not null)
            {
                return Replay(raced, hash, parser);
            }

            throw;
        }
    }

    private static TResponse Replay<TResponse>(IdempotencyRecord first, string hash, MessageParser<TResponse> parser)
        where TResponse : IMessage<TResponse>
    {
        if (first.RequestHash != hash)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument,
                $"幂等键 {first.Key} 已用于另一笔不同的请求，请为新请求使用新的幂等键。 (field: idempotency_key)"));
        }

        return parser.ParseFrom(first.Response);
    }
}
